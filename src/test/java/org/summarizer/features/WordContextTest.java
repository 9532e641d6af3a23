package org.summarizer.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.testing.SimpleAnnotator;

class WordContextTest {

    private static final SimpleAnnotator ANNOTATOR = new SimpleAnnotator();

    /** harbor: (8 + 2 x 0.5) / (10 + 2) = 0.75. */
    private static final WordPriors PRIORS = new WordPriors(Map.of("harbor", new WordPriors.Counts(10, 8)), 0.5, 2);

    private static final String ARTICLE = String.join(
            "\n",
            "The harbor budget passed on Tuesday.",
            "Critics in Leeds called the harbor plan too large.",
            "Leeds voted again.",
            "Nothing else happened in 2024.");

    private static Map<String, double[]> rows(String title) {
        Document document = ANNOTATOR.annotate(ARTICLE, title);
        return WordContext.rows(document, WordContext.sentenceWords(document), PRIORS, null);
    }

    private static double value(Map<String, double[]> rows, String word, WordFeature feature) {
        return rows.get(word)[feature.ordinal()];
    }

    @Test
    void describesHowOftenAndHowEarlyTheArticleUsesAWord() {
        Map<String, double[]> rows = rows(null);
        assertThat(value(rows, "harbor", WordFeature.SENTENCES)).isCloseTo(Math.log(3), within(1e-12));
        assertThat(value(rows, "harbor", WordFeature.SENTENCE_SHARE)).isEqualTo(0.5);
        assertThat(value(rows, "harbor", WordFeature.FIRST_INDEX)).isZero();
        assertThat(value(rows, "harbor", WordFeature.IN_FIRST)).isEqualTo(1);
        assertThat(value(rows, "harbor", WordFeature.IN_LEAD)).isEqualTo(2);
        assertThat(value(rows, "leeds", WordFeature.FIRST_INDEX)).isEqualTo(1);
        assertThat(value(rows, "leeds", WordFeature.FIRST_RELATIVE)).isEqualTo(0.25);
        assertThat(value(rows, "leeds", WordFeature.IN_FIRST)).isZero();
        assertThat(value(rows, "happened", WordFeature.IN_LEAD)).isZero();
        assertThat(value(rows, "2024", WordFeature.DIGIT)).isEqualTo(1);
        assertThat(value(rows, "harbor", WordFeature.DIGIT)).isZero();
        assertThat(value(rows, "harbor", WordFeature.LENGTH)).isEqualTo(6);
        assertThat(value(rows, "harbor", WordFeature.DOC_SENTENCES)).isCloseTo(Math.log(5), within(1e-12));
        assertThat(rows.keySet()).contains("the", "harbor", "nothing").doesNotContain("Leeds");
    }

    @Test
    void capitalsCountOnlyAfterASentencesFirstWord() {
        Map<String, double[]> rows = rows(null);
        // "Leeds" opens the third sentence (not counted) and is capitalized inside the second
        assertThat(value(rows, "leeds", WordFeature.CAPITALIZED)).isEqualTo(1);
        assertThat(value(rows, "harbor", WordFeature.CAPITALIZED)).isZero();
        // "Nothing" only ever opens a sentence
        assertThat(value(rows, "nothing", WordFeature.CAPITALIZED)).isEqualTo(WordContext.MISSING);
    }

    @Test
    void thePriorAndTheTitleAreMissingWhenThereAreNone() {
        Map<String, double[]> untitled = rows(null);
        assertThat(value(untitled, "harbor", WordFeature.PRIOR)).isCloseTo(0.75, within(1e-12));
        assertThat(value(untitled, "leeds", WordFeature.PRIOR)).isEqualTo(WordContext.MISSING);
        assertThat(value(untitled, "harbor", WordFeature.IN_TITLE)).isEqualTo(WordContext.MISSING);
        Map<String, double[]> titled = rows("Harbor budget passes");
        assertThat(value(titled, "harbor", WordFeature.IN_TITLE)).isEqualTo(1);
        assertThat(value(titled, "leeds", WordFeature.IN_TITLE)).isZero();
    }

    @Test
    void aTrainingArticlesOwnCountsAreLeftOutOfThePrior() {
        Document document = ANNOTATOR.annotate(ARTICLE, null);
        WordPriors.Self self = new WordPriors.Self(Set.of("harbor"), Set.of("harbor"), 1);
        Map<String, double[]> rows = WordContext.rows(document, WordContext.sentenceWords(document), PRIORS, self);
        assertThat(value(rows, "harbor", WordFeature.PRIOR)).isCloseTo((7 + 1) / 11.0, within(1e-12));
    }

    @Test
    void everyWordFeatureHasAKeyThatNamesIt() {
        for (WordFeature feature : WordFeature.values()) {
            assertThat(WordFeature.fromKey(feature.key())).isSameAs(feature);
        }
        assertThatThrownBy(() -> WordFeature.fromKey("priors")).hasMessageContaining("unknown word feature 'priors'");
    }
}
