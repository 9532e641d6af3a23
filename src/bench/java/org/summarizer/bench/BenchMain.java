package org.summarizer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.summarizer.bench.corenlp.BareCoreNlpBenchmark;
import org.summarizer.bench.corenlp.PairedOverheadBenchmark;

/**
 * Runs the stage benchmarks, the bare-CoreNLP baseline and the paired overhead benchmark in one JMH run, then
 * reports the median of the measurement iterations of each (medians, because the machine is shared and some
 * iterations are slowed by other work) and the service's overhead over the bare pipeline as a ratio.
 *
 * <p>Arguments are JMH's own ({@code -p words=600}, {@code -f 2}, {@code -wi 2}, a benchmark regex, ...). Writes,
 * into {@code -Dbench.out} (default {@code target/bench}): {@code jmh-result.json} (JMH's format),
 * {@code stages.md} (the table that the load benchmark copies into {@code docs/performance.md}) and
 * {@code stage-medians.csv} (the numbers its target table uses).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        Path texts = out.resolve("texts.csv");
        Path paired = out.resolve("paired.csv");
        Files.deleteIfExists(texts);
        Files.deleteIfExists(paired);
        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .parent(cli)
                .result(out.resolve("jmh-result.json").toString())
                .resultFormat(ResultFormatType.JSON)
                .jvmArgsPrepend(
                        "-D" + BenchSettings.TEXTS_FILE_PROPERTY + "=" + texts.toAbsolutePath(),
                        "-D" + BenchSettings.PAIRED_FILE_PROPERTY + "=" + paired.toAbsolutePath());
        if (cli.getIncludes().isEmpty()) {
            options.include(StageBenchmark.class.getName() + "\\.")
                    .include(BareCoreNlpBenchmark.class.getName())
                    .include(PairedOverheadBenchmark.class.getName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<Integer, String[]> pairs = readPaired(paired);
        String table = table(results, texts, pairs);
        Files.writeString(out.resolve("stages.md"), table);
        StringBuilder csv = new StringBuilder(csv(results));
        pairs.forEach((words, f) -> csv.append("pairedWallRatio,")
                .append(words)
                .append(',')
                .append(f[4])
                .append("\npairedCpuRatio,")
                .append(words)
                .append(',')
                .append(f[7])
                .append('\n'));
        Files.writeString(out.resolve("stage-medians.csv"), csv);
        System.out.println();
        System.out.println(table);
    }

    /** The Markdown table: one row per text length, the median time per article of each benchmark, the ratios. */
    static String table(Collection<RunResult> results, Path texts, Map<Integer, String[]> pairs) throws IOException {
        Map<Integer, Map<String, Double>> medians = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<String, List<Double>> e : pooled(results).entrySet()) {
            String[] key = e.getKey().split(",");
            medians.computeIfAbsent(Integer.parseInt(key[1]), w -> new TreeMap<>())
                    .put(key[0], median(e.getValue()));
            counts.merge(key[0], e.getValue().size(), Math::max);
        }
        Map<Integer, String> sizes = new TreeMap<>();
        if (Files.exists(texts)) {
            for (String line : Files.readAllLines(texts)) {
                String[] f = line.split(",");
                sizes.put(
                        Integer.parseInt(f[0]),
                        String.format(
                                Locale.ROOT,
                                "%,d words, %s sentences, %,d tokens",
                                Integer.parseInt(f[1]),
                                f[3],
                                Integer.parseInt(f[4])));
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| text | service / bare, paired (wall; CPU) | bare CoreNLP | service | service / bare,"
                + " separate forks | annotate | features | score | select | textrank | features per 1,000 words"
                + " | textrank per 1,000 words |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Map.Entry<Integer, Map<String, Double>> row : medians.entrySet()) {
            Map<String, Double> m = row.getValue();
            int words = row.getKey();
            String[] pair = pairs.get(words);
            md.append("| ")
                    .append(sizes.getOrDefault(words, "about " + words + " words"))
                    .append(" | ")
                    .append(
                            pair == null
                                    ? "-"
                                    : String.format(
                                            Locale.ROOT,
                                            "**%.3f**; %.3f (%s pairs: %s vs %s ms)",
                                            Double.parseDouble(pair[4]),
                                            Double.parseDouble(pair[7]),
                                            pair[1],
                                            round(pair[3]),
                                            round(pair[2])))
                    .append(" | ")
                    .append(ms(m.get("bare")))
                    .append(" | ")
                    .append(ms(m.get("service")))
                    .append(" | ")
                    .append(ratio(m.get("service"), m.get("bare")))
                    .append(" | ")
                    .append(ms(m.get("annotate")))
                    .append(" | ")
                    .append(ms(m.get("features")))
                    .append(" | ")
                    .append(ms(m.get("score")))
                    .append(" | ")
                    .append(ms(m.get("select")))
                    .append(" | ")
                    .append(ms(m.get("textrank")))
                    .append(" | ")
                    .append(perThousand(m.get("features"), words))
                    .append(" | ")
                    .append(perThousand(m.get("textrank"), words))
                    .append(" |\n");
        }
        md.append("\nTimes are medians of all measurement iterations of each benchmark (iterations: ");
        StringBuilder c = new StringBuilder();
        counts.forEach((name, n) ->
                c.append(c.length() == 0 ? "" : ", ").append(name).append(' ').append(n));
        md.append(c)
                .append("; JMH average time per article; unless JMH arguments said otherwise: annotate, bare and")
                .append(" service ")
                .append(BenchSettings.WARMUP_ITERATIONS)
                .append(" warm-up and ")
                .append(BenchSettings.MEASUREMENT_ITERATIONS)
                .append(" measured iterations of ")
                .append(BenchSettings.ITERATION_SECONDS)
                .append(" s; features, score, select and textrank ")
                .append(BenchSettings.FAST_WARMUP_ITERATIONS)
                .append(" and ")
                .append(BenchSettings.MEASUREMENT_ITERATIONS)
                .append(" of ")
                .append(BenchSettings.FAST_ITERATION_SECONDS)
                .append(" s; pair ")
                .append(BenchSettings.WARMUP_ITERATIONS)
                .append(" and ")
                .append(BenchSettings.MEASUREMENT_ITERATIONS)
                .append(" of ")
                .append(BenchSettings.PAIRED_ITERATION_SECONDS)
                .append(" s; one fork each, ")
                .append(BenchSettings.HEAP_MIN)
                .append(' ')
                .append(BenchSettings.HEAP_MAX)
                .append("). *service* = CoreNlpAnnotator.annotate +"
                        + " Summarizer.summarize; *features* includes TextRank and LexRank, which are features of"
                        + " the learned ranker, so the *textrank* stage only reads their column; *bare* = new"
                        + " StanfordCoreNLP(defaultProperties +"
                        + " ssplit.newlineIsSentenceBreak=always).annotate(new Annotation(text)). The paired ratio is"
                        + " the median over every measured pair of (service time / bare time), the two run back to"
                        + " back in one JVM (in the paired column, service vs bare median wall times); the"
                        + " separate-fork ratio divides medians of forks run minutes apart and carries the"
                        + " machine's drift.\n");
        return md.toString();
    }

    /** "benchmark,words,median ms" lines, read by the load benchmark's report. */
    static String csv(Collection<RunResult> results) {
        StringBuilder csv = new StringBuilder();
        for (Map.Entry<String, List<Double>> e : pooled(results).entrySet()) {
            csv.append(e.getKey())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.6f", median(e.getValue())))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The measurement iterations of every run of a benchmark, keyed "name,words". */
    private static Map<String, List<Double>> pooled(Collection<RunResult> results) {
        Map<String, List<Double>> pooled = new TreeMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            String key = name.substring(name.lastIndexOf('.') + 1) + ","
                    + result.getParams().getParam("words");
            List<Double> scores = pooled.computeIfAbsent(key, k -> new ArrayList<>());
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
        }
        return pooled;
    }

    private static Map<Integer, String[]> readPaired(Path paired) throws IOException {
        Map<Integer, String[]> pairs = new TreeMap<>();
        if (Files.exists(paired)) {
            for (String line : Files.readAllLines(paired)) {
                String[] f = line.split(",");
                if (f.length == 8) {
                    pairs.put(Integer.parseInt(f[0]), f);
                }
            }
        }
        return pairs;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String round(String ms) {
        return String.format(Locale.ROOT, "%.1f", Double.parseDouble(ms));
    }

    private static String ms(Double value) {
        if (value == null) {
            return "-";
        }
        return value >= 10
                ? String.format(Locale.ROOT, "%.1f ms", value)
                : value >= 0.1
                        ? String.format(Locale.ROOT, "%.2f ms", value)
                        : String.format(Locale.ROOT, "%.1f µs", value * 1000);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "-" : String.format(Locale.ROOT, "%.3f", a / b);
    }

    private static String perThousand(Double value, int words) {
        return value == null ? "-" : ms(value * 1000 / words);
    }
}
