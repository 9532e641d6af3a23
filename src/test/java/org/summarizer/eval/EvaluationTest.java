package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summarizer.document.Document;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.summary.Summarizer;
import org.summarizer.testing.Models;
import org.summarizer.testing.SimpleAnnotator;

class EvaluationTest {

    private static final Article ARTICLE = new Article(
            "a1",
            null,
            "Rain fell on the valley.\nThe river flooded the town square on Monday.\nA bakery handed out bread.\n"
                    + "Officials said the flood was the worst in decades.",
            "River floods town square\nWorst flood in decades");

    @Test
    void scoresEverySystemAndTheOracleIsTheCeiling(@TempDir Path out) throws Exception {
        Document document = new SimpleAnnotator().annotate(ARTICLE.text(), null);
        Summarizer summarizer = new Summarizer(Models.lengthModel(), new SentenceSelector(3, 0.5), true);
        List<Evaluation.SystemRun> runs = new Evaluation(summarizer, 2)
                .run(List.of(ARTICLE), List.of(document), List.of("lead", Evaluation.ORACLE));
        Evaluation.SystemRun lead = runs.get(0);
        Evaluation.SystemRun oracle = runs.get(1);
        assertThat(lead.predictions().get(0))
                .containsExactly("Rain fell on the valley.", "The river flooded the town square on Monday.");
        assertThat(oracle.predictions().get(0))
                .containsExactly(
                        "The river flooded the town square on Monday.",
                        "Officials said the flood was the worst in decades.");
        assertThat(oracle.meanF1(true)[0]).isGreaterThan(lead.meanF1(true)[0]);

        Evaluation.writeRuns("tiny", List.of(ARTICLE), runs, out);
        assertThat(Files.readString(out.resolve("tiny.lead.predictions.jsonl")))
                .contains("\"id\":\"a1\"")
                .contains("valley.\\nThe river");
        assertThat(Files.readString(out.resolve("tiny.oracle.scores.jsonl"))).contains("\"rougeLsum\"");
        String table = Evaluation.table(Map.of("tiny", runs));
        assertThat(table)
                .contains("| tiny | lead |")
                .contains("| tiny | oracle |")
                .contains("+0.00");
    }
}
