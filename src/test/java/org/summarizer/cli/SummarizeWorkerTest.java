package org.summarizer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.summarizer.scoring.Algorithm;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.SummaryOptions;
import org.summarizer.testing.Models;
import org.summarizer.testing.SimpleAnnotator;

/** One line in, one line out: summaries with offsets, and an error line (with the id) for what cannot be done. */
class SummarizeWorkerTest {

    private static final String TEXT = "Rain fell on the valley. The river flooded the town square on Monday. "
            + "A bakery handed out bread. Officials said the flood was the worst in decades.";

    private final SummarizeCommand.Worker worker = new SummarizeCommand.Worker(
            new SimpleAnnotator(),
            new Summarizer(Models.lengthModel(), new SentenceSelector(3, 0.5), false),
            SummaryOptions.of(Algorithm.LEAD, 2),
            5_000);

    @Test
    void aSummaryLineKeepsTheIdAndIndexesTheText() {
        ObjectNode line = worker.summarize("{\"id\": 41, \"text\": \"" + TEXT + "\", \"reference\": \"ignored\"}");
        assertThat(line.get("id").asInt()).isEqualTo(41);
        assertThat(line.get("algorithm").asText()).isEqualTo("lead");
        assertThat(line.get("sentences")).hasSize(2);
        for (var sentence : line.get("sentences")) {
            int offset = sentence.get("offset").asInt();
            int length = sentence.get("length").asInt();
            assertThat(TEXT.substring(offset, offset + length))
                    .isEqualTo(sentence.get("text").asText());
        }
        assertThat(line.get("summary").asText())
                .isEqualTo("Rain fell on the valley. The river flooded the town square on Monday.");
        assertThat(line.has("error")).isFalse();
    }

    @Test
    void badLinesBecomeErrorLinesWithACode() {
        assertThat(code(worker.summarize("{\"id\": \"a\", \"text\": \" \\u00a0 \"}")))
                .isEqualTo("blank-text");
        assertThat(code(worker.summarize("{\"id\": \"b\"}"))).isEqualTo("blank-text");
        assertThat(code(worker.summarize("{\"text\": 12}"))).isEqualTo("blank-text");
        assertThat(code(worker.summarize("{\"id\": \"c\", \"text\": \"" + "word ".repeat(1_001) + "\"}")))
                .isEqualTo("text-too-long");
        assertThat(code(worker.summarize("{\"id\": \"d\", \"text\": \"" + "x".repeat(1_001) + " a\"}")))
                .isEqualTo("word-too-long");
        assertThat(code(worker.summarize("not json"))).isEqualTo("malformed-json");
        assertThat(code(worker.summarize("[1, 2]"))).isEqualTo("malformed-json");
        ObjectNode script = worker.summarize("{\"id\": \"zh\", \"text\": \"这是一个中文句子。这是另一个句子。\"}");
        assertThat(code(script)).isEqualTo("unsupported-language");
        assertThat(script.get("id").asText()).isEqualTo("zh");
        assertThat(script.get("error").get("detail").asText()).contains("Han");
    }

    private static String code(ObjectNode line) {
        assertThat(line.has("summary")).isFalse();
        return line.get("error").get("code").asText();
    }
}
