package org.summarizer.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.document.Document;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.fetch.FetchedPage;
import org.summarizer.language.Language;
import org.summarizer.language.LanguagePolicy;
import org.summarizer.language.UnsupportedLanguageException;
import org.summarizer.nlp.TextAdmission;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.Summary;
import org.summarizer.summary.SummaryOptions;

/**
 * Runs "choose the language -> annotate -> extract features -> score -> select" for one request on a bounded worker
 * pool. The language is chosen ({@link ModelLoader#policy()}, from {@code summarizer.languages}) on the text that is
 * summarized, and the text is annotated by that language's pipeline, so a page's
 * extracted article is detected as a submitted text is; then the text's script is checked
 * ({@link TextAdmission#checkScript}).
 *
 * <p>Summarization is CPU-bound, so the pool has one thread per core and a short queue bounded twice, by requests
 * and by waiting characters ({@link QueueBudget}): a request that does not fit fails at once with
 * {@link OverloadedException} (503 + Retry-After) instead of waiting without limit or waiting out its time limit.
 * Each request has a time limit covering queueing and work; past it the caller gets {@link OverloadedException} and
 * the worker is interrupted, which stops the work at the next stage boundary.
 *
 * <p>The tracing context of the submitting thread travels with the work, so each stage's span ({@link StageSpans})
 * is a child of the request's server span.
 */
@Startup
@ApplicationScoped
public class SummaryService {

    private static final Logger LOG = Logger.getLogger(SummaryService.class);

    private final ModelLoader models;
    private final Summarizer summarizer;
    private final ThreadPoolExecutor pool;
    private final QueueBudget queueBudget;
    private final Duration timeout;
    private final MeterRegistry registry;
    private final DistributionSummary textChars;
    private final StageSpans spans;
    private final PageReader pages;
    private final Semaphore fetchPermits;
    private final Duration fetchTimeout;

    public SummaryService(
            ModelLoader models, PageReader pages, SummarizerConfig config, MeterRegistry registry, Tracer tracer) {
        this.models = models;
        this.pages = pages;
        this.spans = new StageSpans(tracer);
        // wall time, and this thread's CPU time: the pipeline loader holds the other core meanwhile
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long modelStart = System.nanoTime();
        long modelCpuStart = cpu.getCurrentThreadCpuTime();
        this.summarizer = SummarizerFactory.create(config);
        LOG.infof(
                "Ranking model %s read in %d ms (%d ms of CPU)",
                summarizer.model().version(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - modelStart),
                TimeUnit.NANOSECONDS.toMillis(cpu.getCurrentThreadCpuTime() - modelCpuStart));
        int threads = config.workers().threads().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.workers().queue())),
                runnable -> {
                    Thread thread = new Thread(runnable, "summarizer-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.queueBudget = new QueueBudget(config.workers().queueCharacters());
        this.timeout = config.workers().timeout();
        // A slow upstream holds a worker thread while it is fetched: at most half of them fetch at once.
        this.fetchPermits = new Semaphore(Math.max(1, threads / 2));
        this.fetchTimeout = config.fetch().timeout();
        this.registry = registry;
        this.textChars = DistributionSummary.builder("summarizer.request.text")
                .description("Characters in the submitted article texts")
                .baseUnit("characters")
                .publishPercentileHistogram()
                .register(registry);
        registry.gauge("summarizer.queue.size", pool, p -> p.getQueue().size());
        registry.gauge("summarizer.queue.characters", queueBudget, QueueBudget::waitingCharacters);
    }

    /** The composed ranking stages, for callers that bring their own annotated documents. */
    public Summarizer summarizer() {
        return summarizer;
    }

    /**
     * Summarizes an article asynchronously.
     *
     * @return the summary; fails with {@link NotReadyException} while models load, {@link OverloadedException} when
     *         the pool is full or the time limit passed
     */
    public CompletionStage<Summary> summarize(String text, String title, SummaryOptions options) {
        return summarize(new ArticleInput.Text(text), title, options).thenApply(ArticleSummary::summary);
    }

    /**
     * Summarizes an article given as text, as a page's HTML or as a page's URL, asynchronously. A page is fetched
     * and extracted on the worker thread, inside the request's time limit, which for a URL is
     * {@code summarizer.workers.timeout} plus {@code summarizer.fetch.timeout}; at most half the workers fetch at
     * once.
     *
     * @return the summary with the extracted article for a page; fails as {@link #summarize(String, String,
     *         SummaryOptions)} does, and with {@link org.summarizer.fetch.FetchException} or
     *         {@link RejectedArticleException} for a page
     */
    public CompletionStage<ArticleSummary> summarize(ArticleInput input, String title, SummaryOptions options) {
        return summarize(input, title, options, null);
    }

    /**
     * Summarizes an article as {@link #summarize(ArticleInput, String, SummaryOptions)} does, in the requested
     * language, or with {@code language} null in the detected one (English when the text does not tell).
     *
     * @return fails as the other overloads do, and with {@link UnsupportedLanguageException} for a text confidently
     *         in a language that is not loaded
     */
    public CompletionStage<ArticleSummary> summarize(
            ArticleInput input, String title, SummaryOptions options, Language language) {
        var annotator = models.annotator();
        var detector = models.detector();
        textChars.record(input.length());
        QueueBudget.Reservation reservation = queueBudget.reserve(input.length());
        if (reservation == null) {
            registry.counter("summarizer.rejected", "reason", "queue-characters")
                    .increment();
            throw new OverloadedException("The queue holds as much text as the service can summarize within its time"
                    + " limit; retry shortly.");
        }
        CompletableFuture<ArticleSummary> result = new CompletableFuture<>();
        Future<?> work;
        try {
            work = pool.submit(Context.current().wrap(() -> {
                reservation.release();
                long start = System.nanoTime();
                try {
                    ArticleSummary.Page page = page(input, title);
                    String text = page == null ? ((ArticleInput.Text) input).text() : page.text();
                    String usedTitle = page == null ? title : page.title();
                    Language used = chooseLanguage(text, language, detector);
                    var pipeline = used == Language.ENGLISH ? annotator : models.annotator(used);
                    checkNotInterrupted();
                    Document document = spans.run(
                            "annotate",
                            () -> pipeline.annotate(text, usedTitle),
                            d -> new StageSpans.Attributes(
                                    "sentences", d.sentences().size()));
                    checkNotInterrupted();
                    FeaturedDocument featured = spans.run(
                            "features",
                            () -> summarizer.extract(document, used.code()),
                            f -> StageSpans.Attributes.NONE);
                    double[] scores = spans.run(
                            "score",
                            () -> summarizer.score(featured, options.algorithm()),
                            s -> StageSpans.Attributes.NONE);
                    Summary summary = spans.run(
                            "select",
                            () -> summarizer.select(featured, scores, options),
                            s -> new StageSpans.Attributes(
                                    "returned", s.sentences().size()));
                    Timer.builder("summarizer.summaries")
                            .description("Summaries computed, by algorithm")
                            .tag("algorithm", options.algorithm().apiName())
                            .publishPercentileHistogram()
                            .register(registry)
                            .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    result.complete(new ArticleSummary(summary, page, used));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }));
        } catch (RejectedExecutionException e) {
            reservation.release();
            registry.counter("summarizer.rejected", "reason", "queue-full").increment();
            throw new OverloadedException("The service is at capacity; retry shortly.");
        }
        Duration limit = input instanceof ArticleInput.Url ? timeout.plus(fetchTimeout) : timeout;
        return result.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).exceptionally(failure -> {
            Throwable cause =
                    failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                work.cancel(true);
                pool.purge();
                reservation.release();
                registry.counter("summarizer.rejected", "reason", "timeout").increment();
                throw new OverloadedException("The summary took longer than the limit of " + limit.toSeconds()
                        + " s; retry later or send a shorter text.");
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        });
    }

    /**
     * The language to summarize the text as, counted in {@code summarizer.languages} by language and outcome; then
     * the script check, which the language decision comes before so that a refusal names the language.
     */
    private Language chooseLanguage(
            String text, Language requested, org.summarizer.language.LanguageDetector detector) {
        LanguagePolicy.Choice choice;
        try {
            choice = models.policy().choose(requested, () -> detector.detect(text));
        } catch (UnsupportedLanguageException e) {
            countLanguage(e.detected(), "refused");
            throw e;
        }
        countLanguage(choice.language(), choice.source().name().toLowerCase(java.util.Locale.ROOT));
        TextAdmission.checkScript(text).ifPresent(refusal -> {
            throw new RejectedArticleException(refusal.code(), refusal.title(), refusal.detail(), false);
        });
        return choice.language();
    }

    private void countLanguage(Language language, String outcome) {
        io.micrometer.core.instrument.Counter.builder("summarizer.languages")
                .description("Texts by the language they were summarized as or refused in, and how it was chosen")
                .tag("language", language.code())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** The article of a page input, fetched and extracted in spans of their own; null for a text. */
    private ArticleSummary.Page page(ArticleInput input, String title) {
        if (input instanceof ArticleInput.Html html) {
            return spans.run(
                    "extract",
                    () -> pages.extract(html.html(), null, title),
                    p -> new StageSpans.Attributes("characters", p.text().length()));
        }
        if (input instanceof ArticleInput.Url url) {
            FetchedPage fetched = spans.run(
                    "fetch", () -> fetch(url.url()), f -> new StageSpans.Attributes("bytes", f.body().length));
            checkNotInterrupted();
            return spans.run(
                    "extract",
                    () -> pages.read(fetched, title),
                    p -> new StageSpans.Attributes("characters", p.text().length()));
        }
        return null;
    }

    private FetchedPage fetch(String url) {
        if (!fetchPermits.tryAcquire()) {
            registry.counter("summarizer.rejected", "reason", "fetches").increment();
            throw new OverloadedException("As many pages are being fetched as the service allows; retry shortly.");
        }
        try {
            return pages.fetch(url);
        } finally {
            fetchPermits.release();
        }
    }

    private static void checkNotInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new OverloadedException("The summary was cancelled after its time limit.");
        }
    }

    /**
     * Drains the pool at shutdown: queued and running summaries finish (Quarkus has already stopped taking new
     * requests and waited up to {@code quarkus.shutdown.timeout} for the running ones), and only work still running
     * after one more request time limit is interrupted.
     */
    @PreDestroy
    void shutdown() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }
}
