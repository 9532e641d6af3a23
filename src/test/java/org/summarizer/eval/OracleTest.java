package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OracleTest {

    private final Oracle oracle = new Oracle(new Rouge(false));

    private static final List<String> ARTICLE = List.of(
            "The weather was pleasant all week.",
            "The council approved the harbor budget on Tuesday.",
            "Fishermen welcomed the new harbor piers.",
            "The harbor budget passed after a long debate.");

    @Test
    void picksTheSentencesThatMatchTheReferenceAndStopsWhenNothingHelps() {
        List<Integer> chosen = oracle.select(ARTICLE, List.of("Council approved harbor budget Tuesday."), 3);
        assertThat(chosen.get(0)).isEqualTo(1);
        assertThat(chosen).doesNotContain(0);
    }

    @Test
    void theRouge2WeightDecidesBetweenWordAndBigramMatches() {
        // the first has every reference word in another order (R-1 F1 1.0, R-2 0); the second three of the four
        // words in the reference's order (R-1 F1 0.857, R-2 F1 0.8)
        List<String> article = List.of("Council approved harbor budget.", "Budget harbor approved.");
        List<String> reference = List.of("Budget harbor approved council.");
        assertThat(new Oracle(new Rouge(false), 0).select(article, reference, 1))
                .containsExactly(0);
        assertThat(new Oracle(new Rouge(false), 1).select(article, reference, 1))
                .containsExactly(1);
        assertThat(oracle.select(article, reference, 1)).containsExactly(1);
    }

    @Test
    void respectsTheLimit() {
        List<String> reference =
                List.of("The weather was pleasant all week.", "Fishermen welcomed the new harbor piers.");
        assertThat(oracle.select(ARTICLE, reference, 2)).containsExactlyInAnyOrder(0, 2);
        assertThat(oracle.select(ARTICLE, reference, 1)).hasSize(1);
    }

    @Test
    void softScoresRankSentencesByTheirOwnOverlap() {
        double[] scores = oracle.sentenceScores(ARTICLE, List.of("The council approved the harbor budget."));
        assertThat(scores[1]).isGreaterThan(scores[3]).isGreaterThan(scores[0]);
        for (double s : scores) {
            assertThat(s).isBetween(0.0, 1.0);
        }
    }

    @Test
    void anEmptyReferenceSelectsNothing() {
        assertThat(oracle.select(ARTICLE, List.of(), 3)).isEmpty();
    }

    @Test
    void topSelectionSharesCreditTheRunnersUpAndNotTheUnmatched() {
        List<String> article = List.of(
                "Council approved harbor budget Tuesday.",
                "Fishermen welcomed new piers.",
                "Volcanic ash grounded flights.",
                "Harbor budget debate lasted hours.");
        List<String> reference = List.of("Council approved harbor budget.", "Fishermen welcomed piers.");
        // the one best selection is the first two sentences, as the greedy oracle picks
        assertThat(oracle.topSelectionShares(article, reference, 3, 10, 1)).containsExactly(1, 1, 0, 0);
        assertThat(oracle.select(article, reference, 3)).containsExactlyInAnyOrder(0, 1);
        // among the four best, the last sentence (two reference words) is in two; the unmatched one in none
        double[] shares = oracle.topSelectionShares(article, reference, 3, 10, 4);
        assertThat(shares[2]).isZero();
        assertThat(shares[3]).isGreaterThan(0).isLessThan(Math.min(shares[0], shares[1]));
        assertThat(shares[0]).isLessThan(1);
    }
}
