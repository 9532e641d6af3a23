package org.summarizer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.language.Detection;
import org.summarizer.language.Language;
import org.summarizer.language.LanguagePolicy;
import org.summarizer.scoring.Algorithm;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.summary.Summarizer;
import org.summarizer.summary.SummaryOptions;
import org.summarizer.testing.Models;
import org.summarizer.testing.SimpleAnnotator;

/**
 * One line in, one line out: summaries with offsets and the language used, and an error line (with the id) for what
 * cannot be done, a language that is not loaded among them.
 */
class SummarizeWorkerTest {

    private static final String TEXT = "Rain fell on the valley. The river flooded the town square on Monday. "
            + "A bakery handed out bread. Officials said the flood was the worst in decades.";

    private static final String GERMAN =
            "Der Pegel stieg am Dienstag. Die Stadt rief den Alarm aus. Rund 4.300" + " Anwohner mussten gehen.";

    /** Detects German when the text starts with "Der", else nothing (too short to tell). */
    private static Detection detect(String text) {
        return text.startsWith("Der ")
                ? new Detection(Language.GERMAN, 0.9, 12, text.length())
                : Detection.undetectable(3);
    }

    private static SummarizeCommand.Worker worker(Language... loaded) {
        Map<Language, DocumentAnnotator> annotators = new EnumMap<>(Language.class);
        annotators.put(Language.ENGLISH, new SimpleAnnotator());
        for (Language language : loaded) {
            annotators.put(language, new SimpleAnnotator());
        }
        return new SummarizeCommand.Worker(
                new SummarizeCommand.Pipelines(
                        new LanguagePolicy(annotators.keySet()), SummarizeWorkerTest::detect, annotators),
                new Summarizer(Models.lengthModel(), new SentenceSelector(3, 0.5), false),
                SummaryOptions.of(Algorithm.LEAD, 2),
                5_000);
    }

    private final SummarizeCommand.Worker worker = worker();

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
        assertThat(line.get("language").asText()).isEqualTo("en");
        assertThat(line.has("error")).isFalse();
    }

    @Test
    void aTextInALanguageThatIsNotLoadedIsAnErrorLineNamingItAndALoadedOneIsSummarizedAsIt() {
        ObjectNode refused = worker.summarize("{\"id\": \"de1\", \"text\": \"" + GERMAN + "\"}");
        assertThat(code(refused)).isEqualTo("unsupported-language");
        assertThat(refused.get("error").get("detail").asText())
                .contains("The text is in German (de)")
                .contains("summarizer.languages=en,de");
        ObjectNode german = worker(Language.GERMAN).summarize("{\"id\": \"de1\", \"text\": \"" + GERMAN + "\"}");
        assertThat(german.get("language").asText()).isEqualTo("de");
        assertThat(german.get("sentences")).hasSize(2);
    }

    @Test
    void theLinesLanguageOverridesDetectionAndMustBeLoaded() {
        ObjectNode asEnglish = worker.summarize("{\"id\": 1, \"text\": \"" + GERMAN + "\", \"language\": \"en\"}");
        assertThat(asEnglish.get("language").asText()).isEqualTo("en");
        ObjectNode notLoaded = worker.summarize("{\"id\": 2, \"text\": \"" + TEXT + "\", \"language\": \"de\"}");
        assertThat(code(notLoaded)).isEqualTo("invalid-language");
        assertThat(notLoaded.get("error").get("detail").asText())
                .isEqualTo("language: 'de' (German) is not loaded; set summarizer.languages=en,de to load it;"
                        + " supported: 'en' (English)");
        assertThat(code(worker.summarize("{\"id\": 3, \"text\": \"" + TEXT + "\", \"language\": \"xx\"}")))
                .isEqualTo("invalid-language");
        assertThat(code(worker.summarize("{\"id\": 4, \"text\": \"" + TEXT + "\", \"language\": 7}")))
                .isEqualTo("invalid-language");
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
