package org.summarizer.bench.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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
import org.openjdk.jmh.annotations.Warmup;
import org.summarizer.bench.Articles;
import org.summarizer.bench.BenchSettings;
import org.summarizer.service.CoreNlpAnnotatorFactory;

/**
 * The baseline: the CoreNLP library itself, a plain {@code new StanfordCoreNLP(props)} and
 * {@code annotate(new Annotation(text))} with exactly {@link CoreNlpAnnotatorFactory#standaloneProperties()} plus
 * {@code ssplit.newlineIsSentenceBreak=always} (the pipeline the service uses for text whose paragraphs are single
 * lines, as the benchmark texts are), on the same texts as {@link org.summarizer.bench.StageBenchmark}. The only
 * benchmark code that touches {@code edu.stanford.nlp}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BenchSettings.WARMUP_ITERATIONS, time = BenchSettings.ITERATION_SECONDS)
@Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.ITERATION_SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX})
public class BareCoreNlpBenchmark {

    @Param({"600", "2000", "10000"})
    public int words;

    private String text;
    private StanfordCoreNLP pipeline;

    @Setup(Level.Trial)
    public void setUp() {
        text = Articles.article(words);
        Properties properties = new Properties();
        properties.putAll(CoreNlpAnnotatorFactory.standaloneProperties());
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(properties);
    }

    @Benchmark
    public Annotation bare() {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation;
    }
}
