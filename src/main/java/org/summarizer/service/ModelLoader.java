package org.summarizer.service;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.language.Language;
import org.summarizer.language.LanguageDetector;
import org.summarizer.language.LanguagePolicy;

/**
 * Owns the annotator's and the language detector's lifecycle. At startup it validates the configuration synchronously
 * (a missing model stops the process at once with a clear message) and then, on a background thread, loads the
 * language detector (about 1 s) and loads and warms the pipeline of every language of {@code summarizer.languages},
 * one after the other, so the HTTP server, liveness and metrics answer immediately while readiness stays down until
 * the warm-up text has been annotated by each of them (a request never pays for loading); right after that it extracts a first page, so the extractor's libraries are loaded before the
 * first page request (~1 s) without delaying readiness.
 */
@ApplicationScoped
public class ModelLoader {

    private static final Logger LOG = Logger.getLogger(ModelLoader.class);

    private final AnnotatorFactory factory;
    private final String warmUpText;
    private final AtomicReference<Map<Language, DocumentAnnotator>> annotators = new AtomicReference<>();
    private final AtomicReference<LanguageDetector> detector = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile Duration loadTime;

    private final PageReader pages;
    private final List<String> languages;
    private volatile LanguagePolicy policy;

    public ModelLoader(AnnotatorFactory factory, PageReader pages, SummarizerConfig config) {
        this.factory = factory;
        this.pages = pages;
        this.warmUpText = config.corenlp().warmUpText();
        this.languages = config.languages();
    }

    void onStart(@Observes StartupEvent event) {
        LanguagePolicy configured = LanguagePolicy.fromSetting(languages);
        for (Language language : configured.loaded()) {
            factory.validate(language);
        }
        policy = configured;
        Thread loader = new Thread(this::load, "model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            LanguageDetector languages = LanguageDetector.load();
            languages.detect(warmUpText);
            detector.set(languages);
            Map<Language, DocumentAnnotator> created = new EnumMap<>(Language.class);
            for (Language language : policy.loaded()) {
                long languageStart = System.nanoTime();
                DocumentAnnotator annotator = factory.create(language);
                annotator.annotate(warmUpText, "Warm-up");
                created.put(language, annotator);
                LOG.infof(
                        "NLP pipeline for %s loaded and warmed up in %d ms",
                        language.label(),
                        Duration.ofNanos(System.nanoTime() - languageStart).toMillis());
            }
            loadTime = Duration.ofNanos(System.nanoTime() - start);
            annotators.set(Map.copyOf(created));
            LOG.infof("NLP pipelines loaded and warmed up in %d ms", loadTime.toMillis());
            // The page extractor's first call loads its libraries (~1 s of CPU): done once the service is ready, so
            // that neither start-up nor the first page request waits for it.
            pages.warmUp();
        } catch (RuntimeException | Error e) {
            failure.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            // A service that can never become ready is a failed start: exit, so that the supervisor (systemd,
            // Docker's restart policy, Kubernetes) sees it and reports it, instead of a process that only fails
            // its readiness probe.
            LOG.error("Loading the NLP pipeline failed; the service stops", e);
            Quarkus.asyncExit(1);
        }
    }

    /**
     * The loaded language detector; loaded before the annotator, so it is there whenever {@link #annotator()} is.
     *
     * @throws NotReadyException while the models are loading or when loading failed
     */
    public LanguageDetector detector() {
        LanguageDetector current = detector.get();
        if (current == null) {
            annotator();
            throw new NotReadyException("The language models are still loading.");
        }
        return current;
    }

    /** Whether the pipelines of all configured languages are loaded and warmed up. */
    public boolean isReady() {
        return annotators.get() != null;
    }

    /**
     * The language policy of {@code summarizer.languages}, built at start-up.
     *
     * @throws IllegalStateException before start-up
     */
    public LanguagePolicy policy() {
        LanguagePolicy current = policy;
        if (current == null) {
            throw new IllegalStateException("The language policy is built at start-up.");
        }
        return current;
    }

    /** Why loading failed, or {@code null} while loading or after success. */
    public String failure() {
        return failure.get();
    }

    /** How long loading and warm-up took, or {@code null} before they finished. */
    public Duration loadTime() {
        return loadTime;
    }

    /**
     * The loaded English annotator.
     *
     * @throws NotReadyException while the models are loading or when loading failed
     */
    public DocumentAnnotator annotator() {
        return annotator(Language.ENGLISH);
    }

    /**
     * The loaded annotator of a language of {@link #policy()}.
     *
     * @throws NotReadyException while the models are loading or when loading failed
     * @throws IllegalArgumentException for a language that is not loaded
     */
    public DocumentAnnotator annotator(Language language) {
        Map<Language, DocumentAnnotator> current = annotators.get();
        if (current == null) {
            throw new NotReadyException(
                    failure.get() == null
                            ? "The language models are still loading."
                            : "The language models could not be loaded; see the service log.");
        }
        DocumentAnnotator annotator = current.get(language);
        if (annotator == null) {
            throw new IllegalArgumentException(language.label() + " is not loaded (summarizer.languages).");
        }
        return annotator;
    }
}
