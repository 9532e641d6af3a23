package org.summarizer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.testing.Models;
import org.summarizer.testing.SimpleAnnotator;

class LengthPriorTest {

    private static final String[] SENTENCES = {
        "The council approved the new budget for the city on Monday night.",
        "It passed by seven votes to two after a long debate.",
        "The plan raises spending on schools, roads and parks across every district of the city by four percent, the"
                + " largest rise in ten years, and it pays for the rise with a new tax on empty homes and shops.",
        "The mayor welcomed the vote.",
        "Opponents said the tax would hurt small landlords."
    };

    /**
     * A ranker that likes long sentences and moves the first sentence by {@code leadMargin}, with a prior that calls
     * paragraphed articles short.
     */
    private static TreeModel model(double strength, double leadMargin) {
        ObjectNode file = Models.emptyFile(0);
        Models.addStump(file, Feature.LENGTH, 0.5, -1, 1); // only the 40-word third sentence is above
        Models.addStump(file, Feature.FIRST_SENTENCE, 0.5, 0, leadMargin);
        Models.setLengthPrior(file, strength, Feature.DOC_PARAGRAPHED, 0.5, -30, 30);
        return Models.read(file);
    }

    /** The same with a weak first sentence (margin -4), which no gain reaches. */
    private static TreeModel model(double strength) {
        return model(strength, -3);
    }

    private static FeaturedDocument featured(String separator) {
        return new FeatureExtractor().extract(new SimpleAnnotator().annotate(String.join(separator, SENTENCES), null));
    }

    private static double[] margins(TreeModel model, FeaturedDocument document) {
        double[] margins = new double[document.size()];
        for (int i = 0; i < margins.length; i++) {
            margins[i] = model.margin(document.features().get(i));
        }
        return margins;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void onAShortKindOfArticleEverySentenceButTheTopAndTheFirstLosesStrengthTimesLnOfItsLengthOverThePivot() {
        TreeModel model = model(2.0);
        FeaturedDocument document = featured("\n");
        assertThat(model.lengthPrior().shortness(document.features().get(0))).isCloseTo(1.0, within(1e-9));
        double[] margins = margins(model, document);
        double[] scores = new TreeScorer(model).score(document);
        int top = 2; // the longest sentence has the highest margin; the earliest of equal margins would be kept
        assertThat(margins[top]).isGreaterThan(margins[0]);
        assertThat(scores[top]).isCloseTo(sigmoid(margins[top]), within(1e-12));
        assertThat(scores[0]).isCloseTo(sigmoid(margins[0]), within(1e-12));
        for (int i = 1; i < scores.length; i++) {
            if (i != top) {
                int words = document.document().sentences().get(i).wordCount();
                assertThat(scores[i]).isCloseTo(sigmoid(margins[i] - 2.0 * Math.log(words / 20.0)), within(1e-9));
            }
        }
        // the short fourth sentence (5 words) now outranks the 11-word second one, which the ranker alone preferred
        assertThat(margins[1]).isGreaterThanOrEqualTo(margins[3]);
        assertThat(scores[3]).isGreaterThan(scores[1]);
    }

    @Test
    void aGainLiftsASentenceThatScoredBelowTheFirstOneOnlyLevelWithIt() {
        TreeModel model = model(2.0, 0.5); // the first sentence's margin is -0.5, the short ones' -1
        FeaturedDocument document = featured("\n");
        double[] margins = margins(model, document);
        double[] scores = new TreeScorer(model).score(document);
        assertThat(margins[0]).isEqualTo(-0.5);
        assertThat(scores[2]).isCloseTo(sigmoid(margins[2]), within(1e-12)); // the top one
        for (int i : new int[] {1, 3, 4}) {
            assertThat(margins[i]).isEqualTo(-1.0);
            // 2 x ln(words / 20) would lift these short sentences far past -0.5
            assertThat(-1.0
                            - 2.0
                                    * Math.log(document.document()
                                                    .sentences()
                                                    .get(i)
                                                    .wordCount()
                                            / 20.0))
                    .isGreaterThan(0);
            assertThat(scores[i]).isCloseTo(scores[0], within(1e-12)).isLessThanOrEqualTo(scores[0]);
        }
    }

    @Test
    void anArticleOfTheOtherKindKeepsTheRankersScores() {
        TreeModel model = model(2.0);
        FeaturedDocument flat = featured(" ");
        assertThat(model.lengthPrior().shortness(flat.features().get(0))).isLessThan(1e-12);
        double[] margins = margins(model, flat);
        double[] scores = new TreeScorer(model).score(flat);
        for (int i = 0; i < scores.length; i++) {
            assertThat(scores[i]).isCloseTo(sigmoid(margins[i]), within(1e-9));
        }
    }

    @Test
    void strengthZeroIsNoPriorAndExplainShowsThePenaltyOnlyWhenThereIsOne() {
        FeaturedDocument document = featured("\n");
        TreeModel off = model(0);
        double[] margins = margins(off, document);
        double[] scores = new TreeScorer(off).score(document);
        for (int i = 0; i < scores.length; i++) {
            assertThat(scores[i]).isCloseTo(sigmoid(margins[i]), within(1e-12));
        }
        assertThat(new TreeScorer(off).explain(document, 0)).doesNotContainKey(TreeScorer.LENGTH_PRIOR);

        TreeModel on = model(2.0);
        Map<String, TreeScorer.Contribution> explained = new TreeScorer(on).explain(document, 1);
        int words = document.document().sentences().get(1).wordCount();
        assertThat(explained.get(TreeScorer.LENGTH_PRIOR).value()).isCloseTo(1.0, within(1e-9));
        assertThat(explained.get(TreeScorer.LENGTH_PRIOR).contribution())
                .isCloseTo(-2.0 * Math.log(words / 20.0), within(1e-9));
        assertThat(new TreeScorer(on)
                        .explain(document, 2)
                        .get(TreeScorer.LENGTH_PRIOR)
                        .contribution())
                .isZero();
    }

    @Test
    void theFileMustCarryAWellFormedPriorOnDocumentFeaturesOnly() {
        ObjectNode missing = Models.addStump(Models.emptyFile(0), Feature.LENGTH, 0.2, -1, 1);
        missing.remove("lengthPrior");
        assertThatThrownBy(() -> Models.read(missing)).hasMessageContaining("lengthPrior is missing");

        ObjectNode sentenceLevel = Models.addStump(Models.emptyFile(0), Feature.LENGTH, 0.2, -1, 1);
        Models.setLengthPrior(sentenceLevel, 1.0, Feature.LENGTH, 0.5, -1, 1);
        assertThatThrownBy(() -> Models.read(sentenceLevel)).hasMessageContaining("document-level features only");

        ObjectNode noTrees = Models.addStump(Models.emptyFile(0), Feature.LENGTH, 0.2, -1, 1);
        ((ObjectNode) noTrees.get("lengthPrior")).put("strength", 1.0);
        assertThatThrownBy(() -> Models.read(noTrees)).hasMessageContaining("needs its shortness trees");

        ObjectNode negative = Models.addStump(Models.emptyFile(0), Feature.LENGTH, 0.2, -1, 1);
        Models.setLengthPrior(negative, -1.0, Feature.DOC_PARAGRAPHED, 0.5, -1, 1);
        assertThatThrownBy(() -> Models.read(negative)).hasMessageContaining("strength must be in [0, 10]");

        ObjectNode noPivot = Models.addStump(Models.emptyFile(0), Feature.LENGTH, 0.2, -1, 1);
        ((ObjectNode) noPivot.get("lengthPrior")).remove("pivotWords");
        assertThatThrownBy(() -> Models.read(noPivot)).hasMessageContaining("lengthPrior.pivotWords is missing");
    }
}
