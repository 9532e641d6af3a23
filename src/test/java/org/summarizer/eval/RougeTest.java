package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RougeTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private final Rouge plain = new Rouge(false);
    private final Rouge stemming = new Rouge(true);

    @Test
    void identicalTextsScoreOne() {
        List<String> text = List.of("The quick brown fox jumps over the lazy dog.", "It was not amused.");
        RougeScores scores = plain.score(text, text);
        for (Rouge.Score score : List.of(scores.rouge1(), scores.rouge2(), scores.rougeLsum())) {
            assertScore(score, 1, 1, 1);
        }
    }

    @Test
    void disjointTextsScoreZero() {
        RougeScores scores = plain.score(List.of("alpha beta gamma"), List.of("delta epsilon", "zeta eta"));
        assertThat(scores.rouge1()).isEqualTo(Rouge.Score.ZERO);
        assertThat(scores.rouge2()).isEqualTo(Rouge.Score.ZERO);
        assertThat(scores.rougeLsum()).isEqualTo(Rouge.Score.ZERO);
    }

    @Test
    void emptySidesScoreZeroNotNaN() {
        List<String> text = List.of("Some words here.");
        for (RougeScores scores : List.of(
                plain.score(List.of(), text),
                plain.score(text, List.of()),
                plain.score(List.of("", " -- !!! "), text),
                plain.score(text, List.of("...")),
                plain.score(List.of(), List.of()))) {
            assertThat(scores.rouge1()).isEqualTo(Rouge.Score.ZERO);
            assertThat(scores.rouge2()).isEqualTo(Rouge.Score.ZERO);
            assertThat(scores.rougeLsum()).isEqualTo(Rouge.Score.ZERO);
        }
    }

    @Test
    void singleTokenTextsHaveNoBigrams() {
        RougeScores scores = plain.score(List.of("Hello"), List.of("hello"));
        assertScore(scores.rouge1(), 1, 1, 1);
        assertThat(scores.rouge2()).isEqualTo(Rouge.Score.ZERO);
    }

    @Test
    void recallIsMeasuredAgainstTheReference() {
        // Summary: 7 tokens, 6 bigrams. Reference: 6 tokens, 5 bigrams.
        RougeScores scores = plain.score(List.of("the cat sat on the mat today"), List.of("the cat lay on the mat"));
        // Unigram hits: the x2, cat, on, mat.
        assertScore(scores.rouge1(), 5.0 / 6, 5.0 / 7, 2 * (5.0 / 6) * (5.0 / 7) / (5.0 / 6 + 5.0 / 7));
        // Bigram hits: "the cat", "on the", "the mat".
        assertScore(scores.rouge2(), 3.0 / 5, 3.0 / 6, 2 * 0.6 * 0.5 / 1.1);
    }

    @Test
    void repeatedNgramsAreClippedToTheOtherSidesCount() {
        RougeScores scores = plain.score(List.of("the the the the"), List.of("the cat"));
        assertScore(scores.rouge1(), 1.0 / 2, 1.0 / 4, 2 * 0.5 * 0.25 / 0.75);
        assertThat(scores.rouge2()).isEqualTo(Rouge.Score.ZERO);

        RougeScores bigrams = plain.score(List.of("new york new york new york"), List.of("new york is new york"));
        // Summary bigrams: new york x3, york new x2. Reference: new york x2, york is, is new. Hits: min(3, 2).
        assertScore(bigrams.rouge2(), 2.0 / 4, 2.0 / 5, 2 * 0.5 * 0.4 / 0.9);
    }

    @Test
    void bigramsCrossSentenceBoundariesAsInRouge155() {
        RougeScores scores = plain.score(List.of("x the", "cat y"), List.of("the cat"));
        assertScore(scores.rouge2(), 1, 1.0 / 3, 2 * (1.0 / 3) / (4.0 / 3));
    }

    @Test
    void summaryLevelLcsTakesTheUnionOverSummarySentences() {
        // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5. LCS(r, c1) = w1 w2,
        // LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5: 4 hits over 5 reference and 10 summary tokens.
        RougeScores scores = plain.score(List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of("w1 w2 w3 w4 w5"));
        assertScore(scores.rougeLsum(), 4.0 / 5, 4.0 / 10, 2 * 0.8 * 0.4 / 1.2);
    }

    @Test
    void lcsRespectsWordOrderWhereUnigramsDoNot() {
        RougeScores scores = plain.score(List.of("c b a"), List.of("a b c"));
        assertScore(scores.rouge1(), 1, 1, 1);
        assertScore(scores.rougeLsum(), 1.0 / 3, 1.0 / 3, 1.0 / 3);
    }

    @Test
    void lcsHitsAreClippedAcrossReferenceSentences() {
        // Both reference sentences are fully covered by the one summary sentence, but the summary has only one
        // copy of each token, so only the first reference sentence earns hits.
        RougeScores scores = plain.score(List.of("a b"), List.of("a b", "a b"));
        assertScore(scores.rougeLsum(), 2.0 / 4, 2.0 / 2, 2 * 0.5 / 1.5);
    }

    @Test
    void summarySentenceBoundariesOnlyAffectLcs() {
        List<String> reference = List.of("a b c d");
        RougeScores oneLine = plain.score(List.of("c d a b"), reference);
        RougeScores split = plain.score(List.of("c d", "a b"), reference);
        assertThat(split.rouge1()).isEqualTo(oneLine.rouge1());
        assertThat(split.rouge2()).isEqualTo(oneLine.rouge2());
        // One sentence: the LCS is "a b" (or "c d"). Two: the union of "c d" and "a b" covers the whole reference.
        assertScore(oneLine.rougeLsum(), 0.5, 0.5, 0.5);
        assertScore(split.rougeLsum(), 1, 1, 1);
    }

    @Test
    void tokenizesLikeRouge155() {
        assertThat(plain.tokenize("(CNN) -- Obama's 22-year-old aide, Ph.D."))
                .containsExactly("cnn", "obama", "s", "22", "year", "old", "aide", "ph", "d");
        // ROUGE-1.5.5 reads bytes: anything outside ASCII letters and digits separates tokens.
        assertThat(plain.tokenize("Café Müller €5")).containsExactly("caf", "m", "ller", "5");
        assertThat(plain.tokenize("  ")).isEmpty();
    }

    @Test
    void stemsOnlyTokensLongerThanThreeCharacters() {
        assertThat(stemming.tokenize("Its ponies were running; cats ran"))
                .containsExactly("its", "poni", "be", "run", "cat", "ran");
        assertThat(plain.tokenize("Its ponies")).containsExactly("its", "ponies");
    }

    @Test
    void stemmingUsesWordNetIrregularFormsLikeRouge155() {
        assertThat(stemming.tokenize("police said the children were better"))
                .containsExactly("polic", "say", "the", "child", "be", "good");
        RougeScores unstemmed = plain.score(List.of("Police said"), List.of("police say"));
        RougeScores stemmed = stemming.score(List.of("Police said"), List.of("police say"));
        assertScore(unstemmed.rouge1(), 0.5, 0.5, 0.5);
        assertScore(stemmed.rouge1(), 1, 1, 1);
        assertScore(stemmed.rouge2(), 1, 1, 1);
    }

    @Test
    void stemmingMatchesInflectedForms() {
        RougeScores unstemmed = plain.score(List.of("The runners were running"), List.of("a runner runs"));
        RougeScores stemmed = stemming.score(List.of("The runners were running"), List.of("a runner runs"));
        assertThat(unstemmed.rouge1()).isEqualTo(Rouge.Score.ZERO);
        // runners -> runner, running -> run, runs -> run: 2 of 3 reference tokens, 2 of 4 summary tokens.
        assertScore(stemmed.rouge1(), 2.0 / 3, 2.0 / 4, 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5));
        assertThat(stemming.stems()).isTrue();
        assertThat(plain.stems()).isFalse();
    }

    @Test
    void rejectsNullInput() {
        assertThatNullPointerException().isThrownBy(() -> plain.score(null, List.of("a")));
        assertThatNullPointerException().isThrownBy(() -> plain.score(List.of("a"), null));
        assertThatNullPointerException().isThrownBy(() -> plain.score(Arrays.asList("a", null), List.of()));
    }

    @Test
    void scoresOutsideTheUnitIntervalAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rouge.Score(Double.NaN, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Rouge.Score(0, 1.5, 0));
    }

    private static void assertScore(Rouge.Score score, double recall, double precision, double f1) {
        assertThat(score.recall()).as("recall").isCloseTo(recall, EXACT);
        assertThat(score.precision()).as("precision").isCloseTo(precision, EXACT);
        assertThat(score.f1()).as("f1").isCloseTo(f1, EXACT);
    }
}
