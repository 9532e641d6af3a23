package org.summarizer.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeatureVector;
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
        double[] matching = scores(ARTICLE, "Sea wall holds back storm surge at harbor");
        double[] other = scores(ARTICLE, "Local choir wins the regional singing contest");
        // Sentence 2 carries the first title's words and none of the second's.
        assertThat(matching[2]).isGreaterThan(other[2]);
        assertThat(rankOf(2, matching)).isLessThanOrEqualTo(rankOf(2, other));
    }

    @Test
    void moreTitleOverlapNeverLowersAScore() {
        java.util.Random random = new java.util.Random(11);
        int raised = 0;
        for (int i = 0; i < 2_000; i++) {
            double[] x = new double[Feature.values().length];
            for (int f = 0; f < x.length; f++) {
                x[f] = random.nextDouble();
            }
            for (Feature title : new Feature[] {Feature.TITLE_OVERLAP, Feature.TITLE_ENTITY_OVERLAP}) {
                double[] less = x.clone();
                double[] more = x.clone();
                less[title.ordinal()] = 0;
                more[title.ordinal()] = 1;
                double low = MODEL.margin(FeatureVector.of(less));
                double high = MODEL.margin(FeatureVector.of(more));
                assertThat(high).as("%s on vector %d", title.key(), i).isGreaterThanOrEqualTo(low);
                raised += high > low ? 1 : 0;
            }
        }
        assertThat(raised).as("vectors where the title moved the score").isPositive();
    }

    private static int rankOf(int sentence, double[] scores) {
        int rank = 1;
        for (double score : scores) {
            rank += score > scores[sentence] ? 1 : 0;
        }
        return rank;
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
