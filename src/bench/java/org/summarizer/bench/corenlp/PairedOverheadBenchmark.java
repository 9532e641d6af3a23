package org.summarizer.bench.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.summarizer.bench.Articles;
import org.summarizer.bench.BenchSettings;
import org.summarizer.nlp.CoreNlpAnnotator;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.service.CoreNlpAnnotatorFactory;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.SummaryOptions;

/**
 * The service's overhead over the bare pipeline, measured in pairs: every operation runs the bare CoreNLP pipeline
 * and the service path back to back on the same text in the same JVM (alternating which goes first), timing each,
 * and the result is the median of the per-pair ratios over the measurement iterations. Adjacent calls see the same
 * machine, so this ratio is far steadier on a shared machine than the ratio of two separate forks
 * ({@link BareCoreNlpBenchmark} against {@code StageBenchmark.service}), which can run minutes apart.
 *
 * <p>Bare: {@code new StanfordCoreNLP(defaultProperties + ssplit.newlineIsSentenceBreak=always)} and
 * {@code annotate(new Annotation(text))}. Service: {@code CoreNlpAnnotator.annotate(text, null)} followed by
 * {@code Summarizer.summarize} (the work {@code SummaryService} does per request). Both wall-clock and thread CPU
 * time ratios are recorded; the JMH score is the time of one pair.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BenchSettings.WARMUP_ITERATIONS, time = BenchSettings.PAIRED_ITERATION_SECONDS)
@Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.PAIRED_ITERATION_SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX})
public class PairedOverheadBenchmark {

    @Param({"600", "2000", "10000"})
    public int words;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private String text;
    private StanfordCoreNLP bare;
    private CoreNlpAnnotator annotator;
    private Summarizer summarizer;
    private SummaryOptions options;
    private boolean measuring;
    private long calls;
    private final List<double[]> samples = new ArrayList<>(); // {bareWall, serviceWall, bareCpu, serviceCpu}

    @Setup(Level.Trial)
    public void setUp() {
        text = Articles.article(words);
        Properties properties = new Properties();
        properties.putAll(CoreNlpAnnotatorFactory.standaloneProperties());
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        bare = new StanfordCoreNLP(properties);
        annotator = new CoreNlpAnnotator(CoreNlpAnnotatorFactory.standaloneProperties());
        summarizer =
                new Summarizer(TreeModelFile.readResource("ranking/model.json"), new SentenceSelector(3, 0.5), true);
        options = SummaryOptions.of(Algorithm.FEATURES, 3);
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public void pair(Blackhole blackhole) {
        long[] bareTimes;
        long[] serviceTimes;
        if ((calls++ & 1) == 0) {
            bareTimes = timeBare(blackhole);
            serviceTimes = timeService(blackhole);
        } else {
            serviceTimes = timeService(blackhole);
            bareTimes = timeBare(blackhole);
        }
        if (measuring) {
            samples.add(new double[] {bareTimes[0], serviceTimes[0], bareTimes[1], serviceTimes[1]});
        }
    }

    private long[] timeBare(Blackhole blackhole) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Annotation annotation = new Annotation(text);
        bare.annotate(annotation);
        long[] times = {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu};
        blackhole.consume(annotation);
        return times;
    }

    private long[] timeService(Blackhole blackhole) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Object summary = summarizer.summarize(annotator.annotate(text, null), options);
        long[] times = {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu};
        blackhole.consume(summary);
        return times;
    }

    /** Appends "words,pairs,bareWallMs,serviceWallMs,wallRatio,bareCpuMs,serviceCpuMs,cpuRatio" to the file. */
    @TearDown(Level.Trial)
    public void report() {
        double[] bareWall = column(0);
        double[] serviceWall = column(1);
        double[] bareCpu = column(2);
        double[] serviceCpu = column(3);
        double[] wallRatio = new double[samples.size()];
        double[] cpuRatio = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            wallRatio[i] = serviceWall[i] / bareWall[i];
            cpuRatio[i] = serviceCpu[i] / bareCpu[i];
        }
        String line = String.format(
                Locale.ROOT,
                "%d,%d,%.3f,%.3f,%.4f,%.3f,%.3f,%.4f%n",
                words,
                samples.size(),
                median(bareWall) / 1e6,
                median(serviceWall) / 1e6,
                median(wallRatio),
                median(bareCpu) / 1e6,
                median(serviceCpu) / 1e6,
                median(cpuRatio));
        System.out.print("\npaired: " + line);
        String file = System.getProperty(BenchSettings.PAIRED_FILE_PROPERTY);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private double[] column(int index) {
        return samples.stream().mapToDouble(s -> s[index]).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
