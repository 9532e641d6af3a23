package org.summarizer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.summarizer.config.StandaloneConfiguration;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.eval.CorpusLoader;
import org.summarizer.scoring.TreeModel;
import org.summarizer.service.CoreNlpAnnotatorFactory;
import org.summarizer.service.SummarizerFactory;
import org.summarizer.summary.Summarizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The offline command line: {@code eval}, {@code train}, {@code ablate} and {@code summarize}, on picocli. Built by
 * {@code ./mvnw package} into {@code target/summarizer-tools.jar}:
 *
 * <pre>
 * java -jar target/summarizer-tools.jar eval --data ../shared/eval/cnn_dev.jsonl --flat
 * java -jar target/summarizer-tools.jar summarize --in articles.jsonl --out summaries.jsonl
 * </pre>
 *
 * <p>Every command reads the service's {@code summarizer.*} configuration ({@code application.properties},
 * {@code -D} system properties, environment variables) and builds the summarizer and the CoreNLP pipeline the way
 * the service does. Exit status: 0 on success, 2 for a usage error (unknown option, missing or unreadable file,
 * invalid value), 1 when work failed (for {@code summarize}: some lines could not be summarized).
 */
@Command(
        name = "summarizer-tools",
        mixinStandardHelpOptions = true,
        version = "summarizer-tools (offline evaluation, training and batch summaries)",
        description = "Offline tools of the article summarizer: evaluation, training, ablation and batch summaries.",
        subcommands = {
            EvalCommand.class,
            TrainCommand.class,
            AblateCommand.class,
            SummarizeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // Quarkus' JBoss log manager is on the class path; set it before anything logs, as the service does
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        int status = commandLine().execute(args);
        System.exit(status); // CoreNLP leaves non-daemon threads behind
    }

    /** The command line with its error handling: user errors as one line on standard error, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (exception instanceof IllegalArgumentException) {
                err.println("error: " + exception.getMessage());
                err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
                return CommandLine.ExitCode.USAGE;
            }
            if (exception instanceof IOException || exception instanceof UncheckedIOException) {
                err.println("error: " + exception.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            }
            throw exception;
        });
        return commandLine;
    }

    /** The service's configuration, read as the service reads it. */
    static SummarizerConfig config() {
        return ConfigHolder.CONFIG;
    }

    /** The summarizer the service builds from its configuration, with the given model. */
    public static Summarizer summarizer(TreeModel model) {
        return SummarizerFactory.create(config(), model);
    }

    /** A loader that annotates with the configured CoreNLP pipeline, caching in {@code cacheDir} (or not, if null). */
    public static CorpusLoader corpusLoader(Path cacheDir, int threads, java.io.PrintStream log) {
        return new CorpusLoader(cacheDir, threads, log, new CoreNlpAnnotatorFactory(config()).properties());
    }

    /** Reads the configuration once, on first use, so that {@code --help} works even with a broken one. */
    private static final class ConfigHolder {
        static final SummarizerConfig CONFIG = StandaloneConfiguration.load();
    }
}
