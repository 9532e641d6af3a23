package org.summarizer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.eval.Progress;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.language.Detection;
import org.summarizer.language.Language;
import org.summarizer.language.LanguageDetector;
import org.summarizer.language.LanguagePolicy;
import org.summarizer.language.UnsupportedLanguageException;
import org.summarizer.nlp.TextAdmission;
import org.summarizer.scoring.Algorithm;
import org.summarizer.selection.SelectionLimits;
import org.summarizer.service.CoreNlpAnnotatorFactory;
import org.summarizer.service.SummarizerFactory;
import org.summarizer.summary.SentenceOrder;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.Summary;
import org.summarizer.summary.SummaryOptions;
import org.summarizer.summary.SummarySentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code summarize}: summarizes every article of a JSONL file offline, with the service's configured pipelines and
 * summarizer, and writes one JSON line per input line, in input order. Each text's language is chosen as the service
 * chooses it (the line's {@code language}, else detection, else English) among the languages of {@code --languages}.
 * A line that cannot be summarized (malformed JSON, no text, a text the pipeline refuses, a language that is not
 * loaded) gets an {@code error} line and the others go on; the exit status is then 1.
 */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Summarizes each line {\"id\": ..., \"text\": \"...\", \"title\": \"...\", \"language\": \"de\"} of --in"
                    + " (title and language optional) into one line of --out: {\"id\", \"summary\", \"sentences\":"
                    + " [{\"index\", \"text\", \"offset\", \"length\", \"score\", \"rank\"}], \"algorithm\","
                    + " \"language\", \"shortfall\"}, or {\"id\", \"error\": {\"code\", \"detail\"}}.",
            "Shows a progress bar on a terminal and a progress line per 10%% otherwise (on standard error)."
        })
final class SummarizeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lines summarized concurrently before their results are written. */
    private static final int BATCH = 256;

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE.jsonl", description = "the articles, one per line")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where the summaries go")
    private Path out;

    @Option(
            names = "--sentences",
            paramLabel = "N",
            description = "sentences per summary (default: summarizer.defaults.sentences)")
    private Integer sentences;

    @Option(
            names = "--algorithm",
            defaultValue = "features",
            description = "one of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    private Algorithm algorithm;

    @Option(
            names = "--order",
            defaultValue = "position",
            description = "one of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    private SentenceOrder order;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    private Integer threads;

    @Option(
            names = "--languages",
            split = ",",
            paramLabel = "CODE",
            description = "the languages whose pipelines load, e.g. en,de (default: summarizer.languages); a text in"
                    + " another gets an unsupported-language error line")
    private List<String> languages;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
            throw new ParameterException(spec.commandLine(), "no readable input file at " + in.toAbsolutePath());
        }
        SummarizerConfig config = Main.config();
        int length = sentences == null ? config.defaults().sentences() : sentences;
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (length < 1 || workers < 1) {
            throw new ParameterException(spec.commandLine(), "--sentences and --threads must be at least 1");
        }
        SummaryOptions options = new SummaryOptions(SelectionLimits.sentences(length), order, algorithm, false);
        LanguagePolicy policy;
        try {
            policy = LanguagePolicy.fromSetting(languages == null ? config.languages() : languages);
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), "--languages: " + e.getMessage());
        }
        Summarizer summarizer = SummarizerFactory.create(config);
        CoreNlpAnnotatorFactory factory = new CoreNlpAnnotatorFactory(config);
        Map<Language, DocumentAnnotator> annotators = new EnumMap<>(Language.class);
        for (Language language : policy.loaded()) {
            factory.validate(language);
            annotators.put(language, factory.create(language));
        }
        LanguageDetector detector = LanguageDetector.load();
        Worker worker = new Worker(
                new Pipelines(policy, detector::detect, annotators),
                summarizer,
                options,
                config.limits().maxTextChars());
        long total;
        try (var lines = Files.lines(in, StandardCharsets.UTF_8)) {
            total = lines.filter(line -> !line.isBlank()).count();
        }
        Progress progress = new Progress("summarize", (int) Math.min(Integer.MAX_VALUE, total), System.err);
        int failed = 0;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            List<String> batch = new ArrayList<>(BATCH);
            String line;
            boolean more = true;
            while (more) {
                line = reader.readLine();
                more = line != null;
                if (more && !line.isBlank()) {
                    batch.add(line);
                }
                if (batch.size() == BATCH || (!more && !batch.isEmpty())) {
                    List<Future<ObjectNode>> results = new ArrayList<>();
                    for (String item : batch) {
                        results.add(pool.submit(() -> {
                            ObjectNode result = worker.summarize(item);
                            progress.step();
                            return result;
                        }));
                    }
                    for (Future<ObjectNode> result : results) {
                        ObjectNode node = get(result);
                        failed += node.has("error") ? 1 : 0;
                        done++;
                        writer.write(JSON.writeValueAsString(node));
                        writer.newLine();
                    }
                    batch.clear();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.err.printf("Summarized %d of %d lines into %s; %d failed.%n", done - failed, done, out, failed);
        return failed == 0 ? 0 : 1;
    }

    private static ObjectNode get(Future<ObjectNode> result) throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("summarizing a line failed", e.getCause());
        }
    }

    /**
     * The loaded languages: which may be used, how a text's language is detected, and each one's pipeline.
     *
     * @param policy     chooses the language as the service does
     * @param detect     detects a text's language
     * @param annotators the pipeline of every language of {@code policy}
     */
    record Pipelines(
            LanguagePolicy policy, Function<String, Detection> detect, Map<Language, DocumentAnnotator> annotators) {

        Pipelines {
            annotators = Map.copyOf(annotators);
        }
    }

    /** Summarizes one input line into its output line. Thread-safe. */
    record Worker(Pipelines pipelines, Summarizer summarizer, SummaryOptions options, int maxTextChars) {

        ObjectNode summarize(String line) {
            JsonNode request;
            try {
                request = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return error(null, "malformed-json", "The line is not valid JSON: " + e.getOriginalMessage());
            }
            JsonNode id = request.get("id");
            if (!request.isObject()) {
                return error(null, "malformed-json", "The line is not a JSON object.");
            }
            JsonNode text = request.get("text");
            if (text == null || !text.isTextual() || TextAdmission.isBlank(text.asText())) {
                return error(id, "blank-text", "The line has no non-blank string 'text'.");
            }
            if (text.asText().length() > maxTextChars) {
                return error(
                        id,
                        "text-too-long",
                        "The text has " + text.asText().length() + " characters; the limit"
                                + " (summarizer.limits.max-text-chars) is " + maxTextChars + ".");
            }
            JsonNode code = request.get("language");
            Language requested = null;
            if (code != null && !code.isNull()) {
                var invalid = code.isTextual()
                        ? pipelines.policy().checkRequested(code.asText())
                        : java.util.Optional.of("must be a string");
                if (invalid.isPresent()) {
                    return error(id, "invalid-language", "language: " + invalid.get());
                }
                requested = Language.fromCode(code.asText()).orElseThrow();
            }
            var refusal = TextAdmission.checkWords(text.asText());
            if (refusal.isPresent()) {
                return error(id, refusal.get().code(), refusal.get().detail());
            }
            Language language;
            try {
                language = pipelines
                        .policy()
                        .choose(requested, () -> pipelines.detect().apply(text.asText()))
                        .language();
            } catch (UnsupportedLanguageException e) {
                return error(id, "unsupported-language", e.getMessage());
            }
            refusal = TextAdmission.checkScript(text.asText());
            if (refusal.isPresent()) {
                return error(id, refusal.get().code(), refusal.get().detail());
            }
            JsonNode title = request.get("title");
            FeaturedDocument featured = summarizer.extract(
                    pipelines
                            .annotators()
                            .get(language)
                            .annotate(text.asText(), title != null && title.isTextual() ? title.asText() : null),
                    language.code());
            Summary summary = summarizer.summarize(featured, options);
            ObjectNode result = JSON.createObjectNode();
            result.set("id", id);
            result.put("summary", summary.text());
            var sentences = result.putArray("sentences");
            for (SummarySentence chosen : summary.sentences()) {
                sentences
                        .addObject()
                        .put("index", chosen.sentence().index())
                        .put("text", chosen.sentence().text())
                        .put("offset", chosen.sentence().begin())
                        .put("length", chosen.sentence().length())
                        .put("score", Math.round(chosen.score() * 10_000) / 10_000.0)
                        .put("rank", chosen.rank());
            }
            result.put("algorithm", summary.algorithm().apiName());
            result.put("language", language.code());
            if (summary.shortfall() == null) {
                result.putNull("shortfall");
            } else {
                ObjectNode shortfall = result.putObject("shortfall")
                        .put("code", summary.shortfall().code())
                        .put("requested", summary.shortfall().requested())
                        .put("returned", summary.shortfall().returned())
                        .put("message", summary.shortfall().message());
                summary.shortfall()
                        .reasons()
                        .forEach(reason -> shortfall.withArray("reasons").add(reason.code()));
            }
            return result;
        }

        private static ObjectNode error(JsonNode id, String code, String detail) {
            ObjectNode result = JSON.createObjectNode();
            result.set("id", id);
            result.putObject("error").put("code", code).put("detail", detail);
            return result;
        }
    }
}
