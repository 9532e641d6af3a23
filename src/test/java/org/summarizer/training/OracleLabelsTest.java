package org.summarizer.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.testing.SimpleAnnotator;

class OracleLabelsTest {

    private static final String[] SENTENCES = {
        "Rain fell on the valley overnight.",
        "The harbor board approved the harbor expansion on Monday.",
        "The harbor board said the harbor expansion starts in spring.",
        "Traffic was slow near the old station."
    };

    private static Trainer.Example example(String reference) {
        Document document = new SimpleAnnotator().annotate(String.join("\n", SENTENCES), null);
        return new Trainer.Example(
                new FeatureExtractor().extract(document), List.of(SENTENCES), List.of(reference), 1.0);
    }

    @Test
    void theGreedyOraclesPicksAreOneAndTheRestZero() {
        List<double[]> labels =
                OracleLabels.of(List.of(example(SENTENCES[1]), example(SENTENCES[3])), new Trainer.Labels(1, false, 0));
        assertThat(labels.get(0)).containsExactly(0, 1, 0, 0);
        assertThat(labels.get(1)).containsExactly(0, 0, 0, 1);
    }

    @Test
    void gradedLabelsGiveThePicksThreeAndTheOthersTheirShareOfTheBestOwnRouge() {
        double[] labels = OracleLabels.of(List.of(example(SENTENCES[1])), new Trainer.Labels(1, true, 0))
                .get(0);
        // a sentence's own score is the mean of its ROUGE-1 and ROUGE-2 F1 against the reference, 1 for the copy: the
        // third scores (12/19 + 8/17) / 2 = 0.55, floor(2.999 * 0.55) = 1; the first (4/15 + 0) / 2 and the last
        // (2/16 + 0) / 2 score under 1/3
        assertThat(labels).containsExactly(0, 3, 1, 0);
    }
}
