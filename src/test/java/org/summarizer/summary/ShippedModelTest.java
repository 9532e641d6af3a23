package org.summarizer.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.scoring.TreeScorer;
import org.summarizer.testing.SimpleAnnotator;

/** What the shipped model does with what the API advertises: the title moves the ranking. */
class ShippedModelTest {

    private static final TreeModel MODEL = TreeModelFile.readResource("ranking/model.json");
    private static final TreeScorer SCORER = new TreeScorer(MODEL);
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor();
    private static final SimpleAnnotator ANNOTATOR = new SimpleAnnotator();

    private static final String ARTICLE = String.join(
            "\n",
            "Heavy rain fell across the region on Tuesday night.",
            "Several roads were closed and trains ran late into the morning.",
            "The harbor authority said the new sea wall had held back the storm surge.",
            "Engineers had finished the sea wall in March after two years of work.",
            "Residents near the harbor said the water stopped short of their homes.",
            "Forecasters expect drier weather by the weekend.");

    private static double[] scores(String text, String title) {
        Document document = ANNOTATOR.annotate(text, title);
        FeaturedDocument featured = EXTRACTOR.extract(document);
        return SCORER.score(featured);
    }

    @Test
    void aTitleRaisesTheSentencesItMatches() {
        double[] untitled = scores(ARTICLE, null);
        double[] titled = scores(ARTICLE, "Sea wall holds back storm surge at harbor");
        // Sentence 2 carries the title's words; its score relative to the first sentence must rise.
        assertThat(titled[2] - titled[0]).isGreaterThan(untitled[2] - untitled[0]);
    }

    @Test
    void scoresAreProbabilitiesAndDeterministic() {
        double[] first = scores(ARTICLE, "Storm");
        double[] second = scores(ARTICLE, "Storm");
        assertThat(first).containsExactly(second);
        for (double score : first) {
            assertThat(score).isStrictlyBetween(0.0, 1.0);
        }
    }
}
