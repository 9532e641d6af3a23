package org.summarizer.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every setting of the summarizer, under the prefix {@code summarizer}. Each key can also be set as an environment
 * variable in the usual way, e.g. {@code SUMMARIZER_LIMITS_MAX_TEXT_CHARS=200000}.
 */
@ConfigMapping(prefix = "summarizer")
public interface SummarizerConfig {

    /**
     * The languages whose CoreNLP pipelines load at start-up, as ISO 639-1 codes, e.g. {@code en,es}; must include
     * {@code en} (the language of texts that do not tell). This build has pipelines for {@code en}, {@code es} and {@code fr}; any
     * other code stops the service at start with a message naming this key. Each language costs model heap and
     * start-up time (docs/languages.md), so the default loads English only; a text detected or requested in a
     * language with a pipeline that is not listed gets a 422 or 400 naming this setting.
     */
    @WithDefault("en")
    List<String> languages();

    /** Input limits. */
    Limits limits();

    /** The NDJSON batch endpoint, {@code POST /v1/summaries/batch}. */
    Batch batch();

    /** Fetching the page of a request's {@code url}. */
    Fetch fetch();

    /** Defaults for requests that leave an option out. */
    Defaults defaults();

    /** The bounded pool that runs summarization. */
    Workers workers();

    /** The CoreNLP pipeline. */
    CoreNlp corenlp();

    /** The ranker. */
    Ranking ranking();

    /** Input limits. */
    interface Limits {

        /** The longest article text accepted, in characters (UTF-16 code units); longer texts get 413. */
        @WithDefault("100000")
        @Min(1)
        int maxTextChars();

        /**
         * The largest request body accepted; a larger declared Content-Length gets 413 before the body is read.
         * Keep {@code quarkus.http.limits.max-body-size} (the hard cap for bodies without a length) above it.
         */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** The longest title accepted, in characters; longer titles get 400. */
        @WithDefault("1000")
        @Min(1)
        int maxTitleChars();
    }

    /** Fetching the page of a request's {@code url}: what may be fetched, how long it may take and how big it may be. */
    interface Fetch {

        /** Whether requests may give a {@code url}; when false such a request gets 400 naming this setting. */
        @WithDefault("true")
        boolean enabled();

        /**
         * The longest a fetch may take, connecting, redirects and reading included; past it the request gets 504. A
         * request with a {@code url} has this on top of {@code summarizer.workers.timeout} for its summary.
         */
        @WithDefault("10s")
        Duration timeout();

        /** The largest page read, after decompression; a larger one gets 413, stopping the read at the limit. */
        @WithDefault("5M")
        MemorySize maxBytes();

        /** The most redirects followed; each target is checked like the first URL. */
        @WithDefault("5")
        @Min(0)
        int maxRedirects();

        /**
         * Lift the rule that only public addresses are fetched. By default loopback, private, link-local (cloud
         * metadata), unique-local, multicast and reserved addresses are refused before any connection; set this for
         * intranet pages (and tests that serve pages locally).
         */
        @WithDefault("false")
        boolean allowPrivateNetworks();

        /** The User-Agent sent with every fetch. */
        @WithDefault("article-summarizer/0.1.0 (self-hosted extractive summarizer; fetches one page per request)")
        String userAgent();
    }

    /** The NDJSON batch endpoint. */
    interface Batch {

        /**
         * The most lines (articles) one batch may hold; a longer batch gets 413 before any line runs. The body limit
         * ({@code summarizer.limits.max-body-size}) applies to a batch as a whole.
         */
        @WithDefault("1000")
        @Min(1)
        int maxLines();
    }

    /** Defaults for requests that leave an option out. */
    interface Defaults {

        /** Sentences returned when a request sets no limit at all (no sentences, ratio, maxWords or maxChars). */
        @WithDefault("3")
        @Min(1)
        @Max(50)
        int sentences();
    }

    /** The bounded pool that runs summarization, so that overload gets a quick 503 instead of a pile-up. */
    interface Workers {

        /** Worker threads; unset means one per available processor. */
        OptionalInt threads();

        /** Requests that may wait for a worker; one more gets 503 with Retry-After at once. */
        @WithDefault("16")
        @Min(1)
        int queue();

        /**
         * Characters of article text that may wait for a worker, summed over the queue; a request that would pass it
         * gets 503 with Retry-After at once. The default is about 5 s of work for two workers on a slow (shared,
         * contended) core, so admitted requests finish within the time limit; a text is always admitted to an empty
         * queue.
         */
        @WithDefault("250000")
        @Min(1)
        int queueCharacters();

        /** The longest a request may take, waiting included; past it the request gets 503 and its work stops. */
        @WithDefault("10s")
        Duration timeout();

        /** The Retry-After sent with 503 answers. */
        @WithDefault("2s")
        Duration retryAfter();
    }

    /** The CoreNLP pipeline. */
    interface CoreNlp {

        /** The annotators, in order. Ranking needs tokens, sentences, POS, lemmas and entity classes. */
        @WithDefault("tokenize,ssplit,pos,lemma,ner")
        String annotators();

        /**
         * The POS tagger model, a class path resource packaged by the build (the fast left-3-words tagger; pom.xml's
         * {@code corenlp.model.includes} lists the model files the build unpacks).
         */
        @WithDefault("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger")
        String posModel();

        /**
         * The NER model(s), comma-separated class path resources. The 3-class CRF is ~30x faster than CoreNLP's
         * default combination and all the ranker needs.
         */
        @WithDefault("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz")
        String nerModel();

        /**
         * A directory that {@code pos-model} and {@code ner-model} are resolved against as files, instead of
         * reading them from the class path. Unset by default (the build packs the model files into the application
         * jar); the container image sets it to {@code /deployments/models}, where its model layer puts them.
         */
        Optional<String> modelDirectory();

        /**
         * Further CoreNLP properties, e.g. {@code summarizer.corenlp.properties."ner.useSUTime"=false}; they
         * override the built-in lean settings.
         */
        Map<String, String> properties();

        /** The text annotated once at startup before the service reports ready, so JIT and caches are warm. */
        @WithDefault("Stanford University is located in California. It is a great university, founded in 1891.")
        String warmUpText();
    }

    /** The ranker. */
    interface Ranking {

        /**
         * The learned trees of the {@code features} algorithm: a class path resource or, failing that, a file path
         * (for a model trained with {@code train}). It is read and checked at start-up: a missing or invalid file
         * stops the service.
         */
        @WithDefault("ranking/model.json")
        String model();

        /**
         * A candidate sentence is dropped as a near-duplicate when more than this share of its word trigrams occur
         * in sentences already chosen; 1 turns the check off.
         */
        @WithDefault("0.5")
        @DecimalMin("0")
        @DecimalMax("1")
        double duplicateThreshold();

        /**
         * Whether the {@code features} ranker's selection also skips every candidate that shares any word trigram
         * with the sentences already chosen (strict trigram blocking, as in BertSumExt). Off by default: on the
         * held-out part of the training files it cost 0.1-0.5 R-1 on every domain against the near-duplicate
         * threshold alone (docs/evaluation.md). The baselines never use it, so {@code lead} stays Lead-N.
         */
        @WithDefault("false")
        boolean trigramBlocking();
    }
}
