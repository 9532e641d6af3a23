package org.summarizer.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.scoring.Algorithm;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.SummaryOptions;

/**
 * Summarizes annotated articles with several systems and scores them with ROUGE, stemmed and not. A "system" is
 * one of the {@link Algorithm}s or {@link #ORACLE}.
 */
public final class Evaluation {

    /** The name of the greedy extractive oracle among the systems. */
    public static final String ORACLE = "oracle";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Summarizer summarizer;
    private final int sentences;
    private final Rouge stemmed = new Rouge(true);
    private final Rouge plain = new Rouge(false);

    /**
     * @param summarizer the ranking stages to evaluate
     * @param sentences  summary length in sentences
     */
    public Evaluation(Summarizer summarizer, int sentences) {
        this.summarizer = summarizer;
        this.sentences = sentences;
    }

    /** The predictions and scores of one system on one data set. */
    public record SystemRun(
            String system, List<List<String>> predictions, List<RougeScores> stem, List<RougeScores> noStem) {

        /** Mean F1 x 100 of (ROUGE-1, ROUGE-2, ROUGE-Lsum). */
        public double[] meanF1(boolean stemmed) {
            List<RougeScores> scores = stemmed ? stem : noStem;
            double[] mean = new double[3];
            for (RougeScores s : scores) {
                mean[0] += s.rouge1().f1();
                mean[1] += s.rouge2().f1();
                mean[2] += s.rougeLsum().f1();
            }
            for (int i = 0; i < 3; i++) {
                mean[i] = 100 * mean[i] / Math.max(1, scores.size());
            }
            return mean;
        }
    }

    /** Runs every system on the documents; systems run in parallel over documents, results keep their order. */
    public List<SystemRun> run(List<Article> articles, List<Document> documents, List<String> systems) {
        List<FeaturedDocument> featured = IntStream.range(0, documents.size())
                .parallel()
                .mapToObj(i -> summarizer.extract(documents.get(i)))
                .toList();
        Oracle oracle = new Oracle(stemmed);
        List<SystemRun> runs = new ArrayList<>();
        for (String system : systems) {
            List<List<String>> predictions = IntStream.range(0, documents.size())
                    .parallel()
                    .mapToObj(i -> {
                        if (system.equals(ORACLE)) {
                            List<String> texts = sentenceTexts(documents.get(i));
                            return oracle.select(texts, articles.get(i).referenceSentences(), sentences).stream()
                                    .sorted()
                                    .map(texts::get)
                                    .toList();
                        }
                        return summarizer
                                .summarize(featured.get(i), SummaryOptions.of(Algorithm.fromApiName(system), sentences))
                                .sentences()
                                .stream()
                                .map(s -> oneLine(s.sentence().text()))
                                .toList();
                    })
                    .toList();
            List<RougeScores> stem = IntStream.range(0, documents.size())
                    .parallel()
                    .mapToObj(i ->
                            stemmed.score(predictions.get(i), articles.get(i).referenceSentences()))
                    .toList();
            List<RougeScores> noStem = IntStream.range(0, documents.size())
                    .parallel()
                    .mapToObj(
                            i -> plain.score(predictions.get(i), articles.get(i).referenceSentences()))
                    .toList();
            runs.add(new SystemRun(system, predictions, stem, noStem));
        }
        return runs;
    }

    /** The sentences of a document, each on one line. */
    public static List<String> sentenceTexts(Document document) {
        return document.sentences().stream()
                .map(Sentence::text)
                .map(Evaluation::oneLine)
                .toList();
    }

    /** Summaries are scored one sentence per line, so line breaks inside a sentence become spaces. */
    static String oneLine(String sentence) {
        return sentence.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** Writes {@code <dataset>.<system>.predictions.jsonl} and {@code .scores.jsonl} for every run. */
    public static void writeRuns(String dataset, List<Article> articles, List<SystemRun> runs, Path outDir)
            throws IOException {
        Files.createDirectories(outDir);
        for (SystemRun run : runs) {
            try (BufferedWriter predictions = Files.newBufferedWriter(
                            outDir.resolve(dataset + "." + run.system() + ".predictions.jsonl"),
                            StandardCharsets.UTF_8);
                    BufferedWriter scores = Files.newBufferedWriter(
                            outDir.resolve(dataset + "." + run.system() + ".scores.jsonl"), StandardCharsets.UTF_8)) {
                for (int i = 0; i < articles.size(); i++) {
                    ObjectNode prediction = JSON.createObjectNode();
                    prediction.put("id", articles.get(i).id());
                    prediction.put(
                            "summary", String.join("\n", run.predictions().get(i)));
                    predictions.write(JSON.writeValueAsString(prediction));
                    predictions.newLine();
                    ObjectNode score = JSON.createObjectNode();
                    score.put("id", articles.get(i).id());
                    score.set("stem", toJson(run.stem().get(i)));
                    score.set("nostem", toJson(run.noStem().get(i)));
                    scores.write(JSON.writeValueAsString(score));
                    scores.newLine();
                }
            }
        }
    }

    private static ObjectNode toJson(RougeScores scores) {
        ObjectNode node = JSON.createObjectNode();
        Map<String, Rouge.Score> parts = new LinkedHashMap<>();
        parts.put("rouge1", scores.rouge1());
        parts.put("rouge2", scores.rouge2());
        parts.put("rougeLsum", scores.rougeLsum());
        parts.forEach((name, score) -> {
            ArrayNode values = node.putArray(name);
            values.add(score.recall()).add(score.precision()).add(score.f1());
        });
        return node;
    }

    /** A Markdown table of mean F1 x 100, stemmed and not, with each system's difference to Lead on ROUGE-1. */
    public static String table(Map<String, List<SystemRun>> runsByDataset) {
        StringBuilder md = new StringBuilder();
        md.append(
                "| data | system | R-1 | R-2 | R-L | R-1 (no stem) | R-2 (no stem) | R-L (no stem) | R-1 vs lead |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        runsByDataset.forEach((dataset, runs) -> {
            double leadR1 = runs.stream()
                    .filter(r -> r.system().equals("lead"))
                    .findFirst()
                    .map(r -> r.meanF1(true)[0])
                    .orElse(Double.NaN);
            for (SystemRun run : runs) {
                double[] s = run.meanF1(true);
                double[] n = run.meanF1(false);
                String delta = Double.isNaN(leadR1) ? "" : String.format("%+.2f", s[0] - leadR1);
                md.append(String.format(
                        "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |%n",
                        dataset, run.system(), s[0], s[1], s[2], n[0], n[1], n[2], delta));
            }
        });
        return md.toString();
    }
}
