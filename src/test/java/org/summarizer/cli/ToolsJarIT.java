package org.summarizer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's CLI lines against the packaged {@code target/summarizer-tools.jar}, in a process of its own: help, an
 * unknown option, {@code eval} and {@code summarize} on a small file with the real models; and the service artifacts
 * carry none of the tool classes.
 */
class ToolsJarIT {

    private static final Path JAR = Path.of("target", "summarizer-tools.jar");

    private static final String ARTICLES = String.join(
            "\n",
            "{\"id\": \"a1\", \"title\": \"Flood hits valley town\", \"text\": \"Heavy rain fell on the valley for"
                    + " three days.\\nThe river flooded the town square on Monday, forcing 200 people from their"
                    + " homes.\\nA bakery handed out bread to the families.\\nOfficials said the flood was the worst"
                    + " in decades.\", \"reference\": \"River floods town square, 200 people leave their homes.\"}",
            "{\"id\": \"a2\", \"title\": \"Council approves new bridge\", \"text\": \"The city council approved a"
                    + " new bridge on Tuesday.\\nThe bridge will cost 40 million pounds and open in 2029.\\nCritics"
                    + " said the money should go to schools.\\nThe mayor called the vote a historic day.\","
                    + " \"reference\": \"Council approves 40 million pound bridge to open in 2029.\"}",
            "");

    private record Result(int status, String out) {}

    private static Result tools(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx2g");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "tools", ".log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void helpUnknownOptionEvalAndSummarizeFromTheJar(@TempDir Path dir) throws Exception {
        assertThat(JAR).as("built by ./mvnw package").isRegularFile();
        Result help = tools(dir, "eval", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--data=FILE.jsonl", "--systems");

        Result unknown = tools(dir, "eval", "--sentence", "3", "--data", "x.jsonl");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.out()).contains("Unknown option", "--sentence").doesNotContain("\tat ");

        Path data = Files.writeString(dir.resolve("small.jsonl"), ARTICLES, StandardCharsets.UTF_8);
        Result eval = tools(dir, "eval", "--data", data.toString(), "--no-cache", "--systems", "features,lead");
        assertThat(eval.status()).as(eval.out()).isZero();
        String results = Files.readString(dir.resolve("target/eval/results.md"));
        assertThat(results).contains("| small | features |", "| small | lead |");

        Path summaries = dir.resolve("summaries.jsonl");
        Result summarize =
                tools(dir, "summarize", "--in", data.toString(), "--out", summaries.toString(), "--sentences", "1");
        assertThat(summarize.status()).as(summarize.out()).isZero();
        List<String> lines = Files.readAllLines(summaries);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"a1\",\"summary\":");
        assertThat(lines.get(1)).startsWith("{\"id\":\"a2\",\"summary\":");
        assertThat(summarize.out()).contains("Summarized 2 of 2 lines");
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("\"language\":\"en\""));

        Path german = Files.writeString(
                dir.resolve("german.jsonl"),
                "{\"id\": \"de1\", \"text\": \"Der Stadtrat hat am Dienstag nach einer sechsstündigen Debatte"
                        + " einen Haushalt von 2,1 Milliarden Euro beschlossen. Die Bürgermeisterin sprach von einem"
                        + " gehaltenen Versprechen an die arbeitenden Familien.\"}\n",
                StandardCharsets.UTF_8);
        Path refused = dir.resolve("refused.jsonl");
        Result notLoaded = tools(dir, "summarize", "--in", german.toString(), "--out", refused.toString());
        assertThat(notLoaded.status()).as(notLoaded.out()).isEqualTo(1);
        assertThat(Files.readString(refused))
                .startsWith("{\"id\":\"de1\",\"error\":{\"code\":\"unsupported-language\"")
                .contains("The text is in German (de)");
    }

    @Test
    void theServiceArtifactsCarryNoToolClasses() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            files.filter(p -> p.getFileName().toString().matches("article-summarizer-.*\\.jar"))
                    .forEach(jars::add);
        }
        try (Stream<Path> files = Files.walk(Path.of("target", "quarkus-app"))) {
            files.filter(p -> p.toString().endsWith(".jar")).forEach(jars::add);
        }
        assertThat(jars).isNotEmpty();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.stream().filter(entry -> !entry.isDirectory()).map(entry -> entry.getName()))
                        .as(jar.toString())
                        .noneMatch(name -> name.matches("org/summarizer/(eval|training|cli)/.*")
                                || name.startsWith("ml/dmlc/")
                                || name.startsWith("picocli/"));
            }
        }
    }
}
