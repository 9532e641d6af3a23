package org.summarizer.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.testing.SimpleAnnotator;

class FeatureExtractorTest {

    private static final SimpleAnnotator ANNOTATOR = new SimpleAnnotator();
    private final FeatureExtractor extractor = new FeatureExtractor();

    private static final String ARTICLE = String.join(
            "\n",
            "The council approved the harbor budget on Tuesday after a long debate.",
            "However, critics said the harbor budget was too large.",
            "He did not answer questions.",
            "Scroll down for video",
            "The mayor said \"the harbor will grow\" and promised 300 new jobs.",
            "Council members will vote on the harbor plan again in March.");

    private List<FeatureVector> features(String text, String title) {
        return extractor.extract(ANNOTATOR.annotate(text, title)).features();
    }

    @Test
    void everyValueIsNormalized() {
        for (FeatureVector vector : features(ARTICLE, "Council approves harbor budget")) {
            for (double value : vector.toArray()) {
                assertThat(value).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void positionFeaturesDecayFromTheStart() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f.get(0).get(Feature.FIRST_SENTENCE)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.FIRST_SENTENCE)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.POSITION)).isGreaterThan(f.get(1).get(Feature.POSITION));
        assertThat(f.get(0).get(Feature.RELATIVE_POSITION)).isEqualTo(1.0);
        assertThat(f.get(f.size() - 1).get(Feature.RELATIVE_POSITION)).isEqualTo(0.0);
        // one paragraph per line
        assertThat(f).allSatisfy(v -> assertThat(v.get(Feature.PARAGRAPH_START)).isEqualTo(1.0));
    }

    @Test
    void flagsDanglingStartsBoilerplateAndMissingFinalPunctuation() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f.get(0).get(Feature.DANGLING_START)).isEqualTo(0.0);
        assertThat(f.get(1).get(Feature.DANGLING_START)).isEqualTo(1.0); // However
        assertThat(f.get(2).get(Feature.DANGLING_START)).isEqualTo(1.0); // He
        assertThat(f.get(3).get(Feature.BOILERPLATE)).isEqualTo(1.0);
        assertThat(f.get(3).get(Feature.NO_FINAL_PUNCTUATION)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.BOILERPLATE)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.NO_FINAL_PUNCTUATION)).isEqualTo(0.0);
    }

    @Test
    void detectsQuotesNumbersAndShortSentences() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f.get(4).get(Feature.QUOTE)).isEqualTo(1.0);
        assertThat(f.get(4).get(Feature.NUMBER)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.QUOTE)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.NUMBER)).isEqualTo(0.0);
        assertThat(f.get(2).get(Feature.SHORT)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.SHORT)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.LENGTH)).isGreaterThan(f.get(2).get(Feature.LENGTH));
    }

    @Test
    void titleOverlapIsTheShareOfTitleWordsFound() {
        List<FeatureVector> f = features(ARTICLE, "harbor budget");
        assertThat(f.get(0).get(Feature.TITLE_OVERLAP)).isEqualTo(1.0);
        assertThat(f.get(2).get(Feature.TITLE_OVERLAP)).isEqualTo(0.0);
        assertThat(f.get(5).get(Feature.TITLE_OVERLAP)).isEqualTo(0.5); // harbor, not budget
        assertThat(features(ARTICLE, null))
                .allSatisfy(v -> assertThat(v.get(Feature.TITLE_OVERLAP)).isZero());
    }

    @Test
    void entityDensityCountsEntityTokens() {
        List<FeatureVector> f = features("The report named Anna Berg and Otto Lind today.\nthe rain fell.", null);
        assertThat(f.get(0).get(Feature.ENTITY_DENSITY)).isEqualTo(4.0 / 9);
        assertThat(f.get(1).get(Feature.ENTITY_DENSITY)).isZero();
    }

    @Test
    void forwardCentralityRewardsSentencesThatLaterOnesElaborate() {
        List<FeatureVector> f = features(ARTICLE, null);
        // Sentence 0 shares "council", "harbor", "budget" with later sentences; "He did not answer" shares nothing.
        assertThat(f.get(0).get(Feature.FORWARD_CENTRALITY)).isEqualTo(1.0);
        assertThat(f.get(2).get(Feature.FORWARD_CENTRALITY)).isZero();
        assertThat(f.get(0).get(Feature.BACKWARD_CENTRALITY)).isZero();
    }

    @Test
    void centralityLooksOnlyWithinTheWindow() {
        StringBuilder text = new StringBuilder("Zebras graze quietly.\n");
        for (int i = 0; i < FeatureExtractor.CENTRALITY_WINDOW; i++) {
            text.append("Filler number").append(' ').append("x").append(i).append(" here.\n");
        }
        text.append("Zebras graze quietly again.\n");
        Document document = ANNOTATOR.annotate(text.toString(), null);
        List<FeatureVector> f = extractor.extract(document).features();
        int last = document.sentenceCount() - 1;
        assertThat(last).isEqualTo(FeatureExtractor.CENTRALITY_WINDOW + 1);
        // The only similar sentences are one step beyond each other's window, so neither counts the other.
        assertThat(f.get(last).get(Feature.BACKWARD_CENTRALITY)).isZero();
        assertThat(f.get(0).get(Feature.FORWARD_CENTRALITY)).isZero();
        assertThat(f.get(1).get(Feature.FORWARD_CENTRALITY)).isPositive();
    }

    @Test
    void emptyTitleAndSingleSentenceAreHandled() {
        List<FeatureVector> f = features("Just one sentence.", "");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).get(Feature.RELATIVE_POSITION)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.FORWARD_CENTRALITY)).isZero();
    }
}
