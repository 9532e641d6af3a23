package org.summarizer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Settings shared by the JMH benchmarks, so the service and the bare baseline run under the same conditions. */
public final class BenchSettings {

    public static final int WARMUP_ITERATIONS = 4;
    public static final int MEASUREMENT_ITERATIONS = 8;
    public static final int ITERATION_SECONDS = 2;
    /** The stages that take microseconds to milliseconds (features, score, select, textrank) need less time. */
    public static final int FAST_WARMUP_ITERATIONS = 3;

    public static final int FAST_ITERATION_SECONDS = 1;
    /** Each paired operation runs the pipeline twice, so its iterations are twice as long. */
    public static final int PAIRED_ITERATION_SECONDS = 2 * ITERATION_SECONDS;

    public static final String HEAP_MIN = "-Xms1g";
    public static final String HEAP_MAX = "-Xmx1g";

    /** Where each fork notes the size of its text, for the report ({@code bench.textsFile}). */
    public static final String TEXTS_FILE_PROPERTY = "bench.textsFile";

    /** Where {@code PairedOverheadBenchmark} writes its paired ratios ({@code bench.pairedFile}). */
    public static final String PAIRED_FILE_PROPERTY = "bench.pairedFile";

    private BenchSettings() {}

    /** Records "words,actualWords,chars,sentences,tokens" of a benchmark text, if the runner asked for it. */
    public static void describe(int words, String text, int sentences, int tokens) {
        String file = System.getProperty(TEXTS_FILE_PROPERTY);
        if (file == null) {
            return;
        }
        String line =
                words + "," + Articles.wordCount(text) + "," + text.length() + "," + sentences + "," + tokens + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
