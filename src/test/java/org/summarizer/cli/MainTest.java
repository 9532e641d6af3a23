package org.summarizer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract without models: help, usage errors with exit 2, one-line messages. */
class MainTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasItsOwn() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("eval", "train", "ablate", "summarize");
        for (String command : new String[] {"eval", "train", "ablate", "summarize"}) {
            Run own = run(command, "--help");
            assertThat(own.status()).as(command).isZero();
            assertThat(own.out()).as(command).contains("Usage: summarizer-tools " + command);
        }
        assertThat(run("summarize", "--help").out()).contains("--in=FILE.jsonl", "--out=FILE.jsonl");
    }

    @Test
    void everyHelpTextIsAValidFormatString() {
        // picocli formats descriptions with String.format; a lone '%' makes it print a warning and the raw text
        for (CommandLine command : Main.commandLine().getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.options().forEach(option -> lines.addAll(List.of(option.description())));
            for (String line : lines) {
                assertThatCode(() -> String.format(Locale.ROOT, line))
                        .as(spec.name() + ": " + line)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrorsWithoutAStackTrace() {
        Run misspelt = run("eval", "--sentence", "3", "--data", "x.jsonl");
        assertThat(misspelt.status()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Unknown option", "--sentence", "Possible solutions: --sentences");
        Run unknown = run("evaluate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("'evaluate'");
        Run none = run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("a command is required");
        for (Run r : new Run[] {misspelt, unknown, none}) {
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void missingFilesAndValuesAreNamed(@TempDir Path dir) throws Exception {
        Run noData = run("train");
        assertThat(noData.status()).isEqualTo(2);
        assertThat(noData.err()).contains("Missing required option: '--data=FILE.jsonl'");
        Run missing = run("eval", "--data", dir.resolve("nope.jsonl").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no readable data file at", "nope.jsonl");
        Path data = Files.writeString(dir.resolve("d.jsonl"), "");
        Run badNumber = run("eval", "--data", data.toString(), "--sentences", "three");
        assertThat(badNumber.status()).isEqualTo(2);
        assertThat(badNumber.err()).contains("--sentences", "three");
        Run badSystem = run("eval", "--data", data.toString(), "--systems", "lead,bogus");
        assertThat(badSystem.status()).isEqualTo(2);
        assertThat(badSystem.err()).contains("unknown system 'bogus'");
        Run badAlgorithm = run("summarize", "--in", data.toString(), "--out", "o.jsonl", "--algorithm", "magic");
        assertThat(badAlgorithm.status()).isEqualTo(2);
        assertThat(badAlgorithm.err()).contains("--algorithm", "magic");
        Run noInput = run("summarize", "--in", dir.resolve("none.jsonl").toString(), "--out", "o.jsonl");
        assertThat(noInput.status()).isEqualTo(2);
        assertThat(noInput.err()).contains("no readable input file");
    }

    @Test
    void theTrainingCommandIsRecordedWithFileNamesOnly(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("cnn_train.jsonl"), "");
        CommandLine commandLine = Main.commandLine();
        CommandLine.ParseResult parsed =
                commandLine.parseArgs("train", "--data", data.toString(), "--share", "cnn_train=0.5", "--depth", "6");
        CommandLine train = parsed.subcommand().commandSpec().commandLine();
        assertThat(TrainCommand.recordedCommand(train.getCommandSpec()))
                .isEqualTo("train --data cnn_train.jsonl --share cnn_train=0.5 --depth 6");
    }
}
