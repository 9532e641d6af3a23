package org.summarizer.bench;

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
import org.summarizer.document.Document;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.nlp.CoreNlpAnnotator;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.TextRankScorer;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.scoring.TreeScorer;
import org.summarizer.selection.Selection;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.service.CoreNlpAnnotatorFactory;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.Summary;
import org.summarizer.summary.SummaryOptions;

/**
 * The service's stages on synthetic articles of about 600, 2,000 and 10,000 words ({@link Articles}):
 * {@code annotate} ({@link CoreNlpAnnotator}: the CoreNLP pipeline plus conversion to our document model),
 * {@code features}, {@code score} (the learned linear ranker), {@code select}, {@code textrank} (the graph stage of
 * the {@code textrank} algorithm, for the linear-growth check) and {@code service}, the whole per-request work of
 * {@code SummaryService} (annotate + {@link Summarizer#summarize}), to compare with
 * {@link org.summarizer.bench.corenlp.BareCoreNlpBenchmark} on the same texts.
 *
 * <p>Same settings as the service: {@link CoreNlpAnnotatorFactory#standaloneProperties()}, the packaged weights, 3 sentences,
 * duplicate threshold 0.5, no title.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BenchSettings.WARMUP_ITERATIONS, time = BenchSettings.ITERATION_SECONDS)
@Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.ITERATION_SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX})
public class StageBenchmark {

    @Param({"600", "2000", "10000"})
    public int words;

    private String text;
    private CoreNlpAnnotator annotator;
    private Summarizer summarizer;
    private FeatureExtractor extractor;
    private TreeScorer scorer;
    private TextRankScorer textRank;
    private SentenceSelector selector;
    private SummaryOptions options;
    private Document document;
    private FeaturedDocument featured;
    private double[] scores;

    @Setup(Level.Trial)
    public void setUp() {
        text = Articles.article(words);
        annotator = new CoreNlpAnnotator(CoreNlpAnnotatorFactory.standaloneProperties());
        selector = new SentenceSelector(3, 0.5);
        summarizer = new Summarizer(TreeModelFile.readResource("ranking/model.json"), selector, true);
        extractor = new FeatureExtractor(summarizer.model().wordPriors());
        scorer = new TreeScorer(summarizer.model());
        textRank = new TextRankScorer();
        options = SummaryOptions.of(Algorithm.FEATURES, 3);
        document = annotator.annotate(text, null);
        featured = extractor.extract(document);
        scores = scorer.score(featured);
        BenchSettings.describe(words, text, document.sentenceCount(), document.tokenCount());
    }

    /** The whole per-request work of the service: annotate, features, score, select, order. */
    @Benchmark
    public Summary service() {
        return summarizer.summarize(annotator.annotate(text, null), options);
    }

    @Benchmark
    public Document annotate() {
        return annotator.annotate(text, null);
    }

    @Benchmark
    @Warmup(iterations = BenchSettings.FAST_WARMUP_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    @Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    public FeaturedDocument features() {
        return extractor.extract(document);
    }

    @Benchmark
    @Warmup(iterations = BenchSettings.FAST_WARMUP_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    @Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    public double[] score() {
        return scorer.score(featured);
    }

    @Benchmark
    @Warmup(iterations = BenchSettings.FAST_WARMUP_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    @Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    public Selection select() {
        return selector.select(document, scores, options.limits());
    }

    /** PageRank over the windowed similarity graph (the {@code textrank} algorithm's score stage). */
    @Benchmark
    @Warmup(iterations = BenchSettings.FAST_WARMUP_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    @Measurement(iterations = BenchSettings.MEASUREMENT_ITERATIONS, time = BenchSettings.FAST_ITERATION_SECONDS)
    public double[] textrank() {
        return textRank.score(featured);
    }
}
