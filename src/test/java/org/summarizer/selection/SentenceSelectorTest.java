package org.summarizer.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.testing.SimpleAnnotator;

class SentenceSelectorTest {

    private static final SimpleAnnotator ANNOTATOR = new SimpleAnnotator();
    private final SentenceSelector selector = new SentenceSelector(3, 0.5);

    /** Five distinct sentences of 4, 6, 2, 5 and 3 words. */
    private static Document fiveSentences() {
        return ANNOTATOR.annotate(
                "Alpha bravo charlie delta. Echo foxtrot golf hotel india juliet. Kilo lima. "
                        + "Mike november oscar papa quebec. Romeo sierra tango.",
                null);
    }

    @Test
    void takesTheBestScoresBestFirst() {
        Selection selection =
                selector.select(fiveSentences(), new double[] {0.1, 0.9, 0.3, 0.7, 0.5}, SelectionLimits.sentences(3));
        assertThat(selection.ranked()).containsExactly(1, 3, 4);
        assertThat(selection.shortfall()).isNull();
    }

    @Test
    void tiesGoToTheEarlierSentence() {
        Selection selection =
                selector.select(fiveSentences(), new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, SelectionLimits.sentences(2));
        assertThat(selection.ranked()).containsExactly(0, 1);
    }

    @Test
    void usesTheDefaultCountOnlyWhenNoLimitIsSet() {
        double[] scores = {0.5, 0.4, 0.3, 0.2, 0.1};
        assertThat(selector.select(fiveSentences(), scores, new SelectionLimits(null, null, null, null))
                        .ranked())
                .hasSize(3);
        assertThat(selector.select(fiveSentences(), scores, new SelectionLimits(null, 100, null, null))
                        .ranked())
                .hasSize(5);
    }

    @Test
    void wordBudgetSkipsSentencesThatDoNotFitAndTakesShorterOnes() {
        // Best is sentence 1 (6 words); then 3 (5 words) would exceed 9; sentence 2 (2 words) fits.
        Selection selection = selector.select(
                fiveSentences(), new double[] {0.1, 0.9, 0.3, 0.7, 0.2}, new SelectionLimits(3, 9, null, null));
        assertThat(selection.ranked()).containsExactly(1, 2);
        assertThat(selection.shortfall().message()).contains("2 of 3").contains("maxWords 9");
        assertThat(selection.shortfall().code()).isEqualTo("budget");
        assertThat(selection.shortfall().requested()).isEqualTo(3);
        assertThat(selection.shortfall().returned()).isEqualTo(2);
    }

    @Test
    void charBudgetCountsTheJoiningSpaces() {
        Document document = fiveSentences();
        int first = document.sentences().get(0).length();
        int second = document.sentences().get(1).length();
        double[] scores = {0.9, 0.8, 0.0, 0.0, 0.0};
        SelectionLimits exact = new SelectionLimits(2, null, first + 1 + second, null);
        SelectionLimits oneShort = new SelectionLimits(2, null, first + second, null);
        assertThat(selector.select(document, scores, exact).ranked()).containsExactly(0, 1);
        assertThat(selector.select(document, scores, oneShort).ranked()).doesNotContain(1);
    }

    @Test
    void ratioAllowsTheCeilingOfItsShare() {
        double[] scores = {0.5, 0.4, 0.3, 0.2, 0.1};
        Selection selection = selector.select(fiveSentences(), scores, new SelectionLimits(null, null, null, 0.3));
        assertThat(selection.ranked()).containsExactly(0, 1); // ceil(0.3 * 5) = 2
        assertThat(selection.shortfall()).isNull();
        Selection both = selector.select(fiveSentences(), scores, new SelectionLimits(4, null, null, 0.3));
        assertThat(both.ranked()).hasSize(2);
        assertThat(both.shortfall().message()).contains("ratio 0.3 allows at most 2 sentences");
        assertThat(both.shortfall().code()).isEqualTo("ratio");
    }

    @Test
    void skipsNearDuplicatesAndSaysSo() {
        Document document = ANNOTATOR.annotate(
                "The mayor opened the new bridge on Monday morning. "
                        + "The mayor opened the new bridge on Monday morning, officials said. "
                        + "Traffic was light all day.",
                null);
        Selection selection = selector.select(document, new double[] {0.9, 0.8, 0.1}, SelectionLimits.sentences(3));
        assertThat(selection.ranked()).containsExactly(0, 2);
        assertThat(selection.shortfall().message()).contains("redundant with the summary");
        assertThat(selection.shortfall().reasons()).containsExactly(Shortfall.Reason.REDUNDANT);
        SentenceSelector permissive = new SentenceSelector(3, 1.0);
        assertThat(permissive
                        .select(document, new double[] {0.9, 0.8, 0.1}, SelectionLimits.sentences(3))
                        .ranked())
                .containsExactly(0, 1, 2);
    }

    @Test
    void explainsAShortArticle() {
        Document document = ANNOTATOR.annotate("Only one sentence here.", null);
        Selection selection = selector.select(document, new double[] {0.5}, SelectionLimits.sentences(3));
        assertThat(selection.ranked()).containsExactly(0);
        assertThat(selection.shortfall())
                .isEqualTo(new Shortfall(
                        java.util.List.of(Shortfall.Reason.SHORT_ARTICLE),
                        3,
                        1,
                        "Returned 1 of 3 requested sentences: the article has only 1 sentence."));
        assertThat(selection.shortfall().code()).isEqualTo("short-article");
    }

    @Test
    void aBudgetNothingFitsReturnsNoSentenceWithAReason() {
        Selection selection = selector.select(
                fiveSentences(), new double[] {0.5, 0.4, 0.3, 0.2, 0.1}, new SelectionLimits(null, 1, null, null));
        assertThat(selection.ranked()).isEmpty();
        assertThat(selection.shortfall().message())
                .startsWith("Returned no sentence")
                .contains("maxWords 1");
        assertThat(selection.shortfall().requested()).isNull();
        assertThat(selection.shortfall().code()).isEqualTo("budget");
    }

    @Test
    void rejectsScoresThatDoNotMatchTheDocument() {
        assertThatThrownBy(() -> selector.select(fiveSentences(), new double[2], SelectionLimits.sentences(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastResortSentencesComeOnlyAfterAllOthers() {
        boolean[] furniture = {false, true, false, false, false};
        double[] scores = {0.1, 0.9, 0.3, 0.7, 0.5};
        assertThat(selector.select(fiveSentences(), scores, furniture, SelectionLimits.sentences(3))
                        .ranked())
                .containsExactly(3, 4, 2);
        assertThat(selector.select(fiveSentences(), scores, furniture, SelectionLimits.sentences(5))
                        .ranked())
                .containsExactly(3, 4, 2, 0, 1);
    }

    @Test
    void strictBlockingSkipsAnySharedTrigram() {
        Document document = ANNOTATOR.annotate(
                "The river flooded the town square on Monday. Officials said the town square was closed. "
                        + "The river flooded again. Rain fell on the valley.",
                null);
        double[] scores = {0.9, 0.8, 0.7, 0.6};
        // Sentence 1 shares "the town square" (1 of 5 trigrams) and sentence 2 "the river flooded" (1 of 2, not
        // above 0.5) with sentence 0: the 0.5 rule keeps both, strict blocking neither.
        assertThat(new SentenceSelector(3, 0.5)
                        .select(document, scores, SelectionLimits.sentences(3))
                        .ranked())
                .containsExactly(0, 1, 2);
        Selection strict = new SentenceSelector(3, 0).select(document, scores, SelectionLimits.sentences(3));
        assertThat(strict.ranked()).containsExactly(0, 3);
        assertThat(strict.shortfall().message()).contains("2 sentences were skipped");
    }
}
