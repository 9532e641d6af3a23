package org.summarizer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleF1Test {

    private static final String TRUTH = "The quick brown fox jumps over the lazy dog near the river bank.";

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        assertThat(ShingleF1.tokens("Café, naïve — crème_brûlée! 42 ½ Straße, Москва 東京"))
                .containsExactly("Café", "naïve", "crème_brûlée", "42", "½", "Straße", "Москва", "東京");
        assertThat(ShingleF1.tokens("  ...  ")).isEmpty();
    }

    @Test
    void aPerfectPredictionScoresOne() {
        ShingleF1.Counts counts =
                ShingleF1.page(TRUTH, "The quick brown fox\njumps over the lazy dog near the river bank");
        assertThat(counts.precision()).isEqualTo(1.0);
        assertThat(counts.recall()).isEqualTo(1.0);
        assertThat(counts.fp()).isZero();
        assertThat(counts.fn()).isZero();
    }

    @Test
    void anEmptyPredictionScoresZero() {
        ShingleF1.Counts counts = ShingleF1.page(TRUTH, "");
        assertThat(counts.precision()).isZero();
        assertThat(counts.recall()).isZero();
        assertThat(ShingleF1.score(List.of(counts)).f1()).isZero();
    }

    @Test
    void twoEmptyTextsAgreeCompletely() {
        ShingleF1.Counts counts = ShingleF1.page("", "");
        assertThat(counts.precision()).isEqualTo(1.0);
        assertThat(counts.recall()).isEqualTo(1.0);
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecall() {
        // truth a b c d e f: shingles abcd bcde cdef; prediction a b c d e x: abcd bcde bcdx -> tp 2, fp 1, fn 1
        ShingleF1.Counts counts = ShingleF1.page("a b c d e f", "a b c d e x");
        assertThat(counts.tp()).isCloseTo(0.5, within(1e-12));
        assertThat(counts.fp()).isCloseTo(0.25, within(1e-12));
        assertThat(counts.fn()).isCloseTo(0.25, within(1e-12));
        assertThat(counts.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(counts.recall()).isCloseTo(2.0 / 3, within(1e-12));

        // a prediction holding the truth plus as much again: precision halves, recall stays whole
        ShingleF1.Counts padded = ShingleF1.page("a b c d e", "a b c d e v w x y z");
        assertThat(padded.recall()).isEqualTo(1.0);
        assertThat(padded.precision()).isCloseTo(2.0 / 7, within(1e-12));
    }

    @Test
    void repeatedShinglesCountOnlyAsOftenAsTheTruthHasThem() {
        ShingleF1.Counts counts = ShingleF1.page("a b c d", "a b c d a b c d");
        // prediction shingles: abcd x2, bcda, cdab, dabc; truth: abcd -> tp 1, fp 4
        assertThat(counts.precision()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(counts.recall()).isEqualTo(1.0);
    }

    @Test
    void aShortTextIsOneShingle() {
        assertThat(ShingleF1.shingles("just three words")).containsOnlyKeys(List.of("just", "three", "words"));
        assertThat(ShingleF1.page("just three words", "just three words").f1()).isEqualTo(1.0);
        assertThat(ShingleF1.page("just three words", "just three").f1()).isZero();
    }

    @Test
    void scoresAreMeansOverPagesAndF1OfTheMeans() {
        ShingleF1.Counts perfect = ShingleF1.page(TRUTH, TRUTH);
        ShingleF1.Counts empty = ShingleF1.page(TRUTH, "");
        ShingleF1.Counts half = ShingleF1.page("a b c d e", "a b c d e v w x y z");
        ShingleF1.Score score = ShingleF1.score(List.of(perfect, empty, half));
        double precision = (1 + 0 + 2.0 / 7) / 3;
        double recall = (1 + 0 + 1) / 3.0;
        assertThat(score.precision()).isCloseTo(precision, within(1e-12));
        assertThat(score.recall()).isCloseTo(recall, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-12));
    }
}
