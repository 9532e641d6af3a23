package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.EvalData;

/**
 * Checks {@link Rouge} against per-document ROUGE-1.5.5 scores of Lead-3 on the CNN dev set
 * ({@code ../shared/eval/golden}), every recall, precision and F1 of ROUGE-1, ROUGE-2 and ROUGE-Lsum.
 *
 * <p>The golden files label their triples {@code [recall, precision, F1]}, but the first two values are swapped:
 * the first is the hit count over the <em>summary</em> length, i.e. precision. For {@code cnn_amitd26_0052}, a
 * 91-token Lead-3 sharing 29 tokens with a 31-token reference, the file says 0.31868 (29/91) then 0.93548 (29/31).
 * The ROUGE-L hits show that the reference was scored as the model, as it should be (the union LCS is not
 * symmetric), so only the labels are off; this test reads the values by their meaning. F1 is unaffected.
 */
class RougeGoldenTest {

    /** Index of precision in a golden triple (labelled "recall"; see the class comment). */
    private static final int GOLDEN_PRECISION = 0;
    /** Index of recall in a golden triple (labelled "precision"). */
    private static final int GOLDEN_RECALL = 1;

    private static final int GOLDEN_F1 = 2;

    /**
     * The golden values are printed with five decimals, so a faithful implementation is within 5e-6 plus float
     * noise; measured on 2026-12-01: at most 1.04e-5 without stemming and 1.06e-5 with it, over 4,464 values each.
     */
    private static final double NOSTEM_TOLERANCE = 2e-5;

    /** As {@link #NOSTEM_TOLERANCE}: our Porter stemmer matches ROUGE-1.5.5's on every token of this set. */
    private static final double STEM_TOLERANCE = 2e-5;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reproducesRouge155WithoutStemming() throws IOException {
        checkAgainst("lead3_cnn_dev.rouge155_nostem.perdoc.jsonl", new Rouge(false), NOSTEM_TOLERANCE);
    }

    @Test
    void reproducesRouge155WithStemming() throws IOException {
        checkAgainst("lead3_cnn_dev.rouge155_stem.perdoc.jsonl", new Rouge(true), STEM_TOLERANCE);
    }

    private static void checkAgainst(String goldenFile, Rouge rouge, double tolerance) throws IOException {
        Path dir = EvalData.dir("the ROUGE-1.5.5 golden comparison", List.of("cnn_dev.jsonl", "golden"));
        Map<String, String> references = readField(dir.resolve("cnn_dev.jsonl"), "reference");
        Map<String, String> predictions = readField(dir.resolve("golden/lead3_cnn_dev.predictions.jsonl"), "summary");
        List<String> failures = new ArrayList<>();
        int documents = 0;
        for (String line : Files.readAllLines(dir.resolve("golden").resolve(goldenFile))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode golden = JSON.readTree(line);
            String id = golden.get("id").asText();
            assertThat(predictions).as("prediction for %s", id).containsKey(id);
            assertThat(references).as("reference for %s", id).containsKey(id);
            RougeScores scores = rouge.score(sentences(predictions.get(id)), sentences(references.get(id)));
            compare(id, "R1", scores.rouge1(), golden.get("R1"), tolerance, failures);
            compare(id, "R2", scores.rouge2(), golden.get("R2"), tolerance, failures);
            compare(id, "RLsum", scores.rougeLsum(), golden.get("RLsum"), tolerance, failures);
            documents++;
        }
        assertThat(documents)
                .as("documents in %s", goldenFile)
                .isEqualTo(predictions.size())
                .isPositive();
        assertThat(failures)
                .as("%d of %d values of %s off by more than %s", failures.size(), documents * 9, goldenFile, tolerance)
                .isEmpty();
    }

    private static void compare(
            String id, String metric, Rouge.Score actual, JsonNode golden, double tolerance, List<String> failures) {
        check(id, metric + " recall", actual.recall(), golden.get(GOLDEN_RECALL).asDouble(), tolerance, failures);
        check(
                id,
                metric + " precision",
                actual.precision(),
                golden.get(GOLDEN_PRECISION).asDouble(),
                tolerance,
                failures);
        check(id, metric + " F1", actual.f1(), golden.get(GOLDEN_F1).asDouble(), tolerance, failures);
    }

    private static void check(
            String id, String what, double actual, double expected, double tolerance, List<String> failures) {
        // Collect rather than fail fast, so that one run shows how widespread a discrepancy is.
        if (!(Math.abs(actual - expected) <= tolerance)) {
            failures.add(String.format("%s %s: expected %.5f, got %.5f", id, what, expected, actual));
        }
    }

    /** One sentence per line, as the golden files were scored; blank lines are not sentences. */
    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    private static Map<String, String> readField(Path file, String field) throws IOException {
        Map<String, String> byId = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode row = JSON.readTree(line);
                byId.put(row.get("id").asText(), row.get(field).asText());
            }
        }
        return byId;
    }
}
