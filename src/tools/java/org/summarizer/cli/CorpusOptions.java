package org.summarizer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.summarizer.eval.CorpusLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The data options shared by {@code eval}, {@code train} and {@code ablate}. */
final class CorpusOptions {

    @Option(
            names = "--data",
            required = true,
            paramLabel = "FILE.jsonl",
            description = "a data file ({\"id\", \"title\", \"text\", \"reference\"} per line); repeat for more")
    private List<Path> data;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "0",
            description = "only the first N articles of each file (0: all; default ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--threads", paramLabel = "N", description = "annotation threads (default: one per core)")
    private Integer threads;

    @Option(names = "--no-cache", description = "annotate again instead of reading target/eval-cache")
    private boolean noCache;

    /** The data files, each checked to exist. */
    List<Path> files(CommandSpec spec) {
        for (Path file : data) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "no readable data file at " + file.toAbsolutePath());
            }
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, got " + limit);
        }
        return List.copyOf(data);
    }

    int limit() {
        return limit;
    }

    CorpusLoader loader() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + n);
        }
        return Main.corpusLoader(noCache ? null : Path.of("target", "eval-cache"), n, System.err);
    }
}
