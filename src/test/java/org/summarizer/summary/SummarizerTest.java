package org.summarizer.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.features.Feature;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.TreeModel;
import org.summarizer.selection.SelectionLimits;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.testing.Models;
import org.summarizer.testing.SimpleAnnotator;

class SummarizerTest {

    private static final String ARTICLE = String.join(
            "\n",
            "Rain fell on the valley overnight.",
            "The river flooded the town square and closed the main bridge.",
            "Officials said the flood in the town was the worst in decades.",
            "Volunteers filled sandbags near the river and the bridge.",
            "A bakery handed out bread.");

    /** A model that only likes long sentences, so rank order differs from document order. */
    private static final TreeModel LENGTH_MODEL = Models.lengthModel();

    private final Summarizer summarizer = new Summarizer(LENGTH_MODEL, new SentenceSelector(3, 0.5), true);
    private final Document document = new SimpleAnnotator().annotate(ARTICLE, null);

    private Summary run(Algorithm algorithm, SentenceOrder order, boolean explain) {
        return summarizer.summarize(
                document, new SummaryOptions(SelectionLimits.sentences(2), order, algorithm, explain));
    }

    @Test
    void positionOrderFollowsTheDocumentAndRankOrderTheScores() {
        Summary byPosition = run(Algorithm.FEATURES, SentenceOrder.POSITION, false);
        Summary byRank = run(Algorithm.FEATURES, SentenceOrder.RANK, false);
        assertThat(byPosition.sentences()).extracting(s -> s.sentence().index()).containsExactly(1, 2);
        assertThat(byRank.sentences()).extracting(s -> s.sentence().index()).containsExactly(2, 1);
        assertThat(byRank.sentences()).extracting(SummarySentence::rank).containsExactly(1, 2);
        assertThat(byPosition.sentences()).extracting(SummarySentence::rank).containsExactly(2, 1);
        assertThat(byRank.sentences().get(0).score())
                .isGreaterThan(byRank.sentences().get(1).score());
    }

    @Test
    void summaryTextJoinsTheChosenSentencesWithOneSpace() {
        Summary summary = run(Algorithm.FEATURES, SentenceOrder.POSITION, false);
        assertThat(summary.text())
                .isEqualTo("The river flooded the town square and closed the main bridge."
                        + " Officials said the flood in the town was the worst in decades.");
    }

    @Test
    void explainAttributesTheWholeMarginToTheSplitFeaturesOnlyWhenAsked() {
        assertThat(run(Algorithm.FEATURES, SentenceOrder.POSITION, false).sentences())
                .allSatisfy(s -> assertThat(s.explanation()).isNull());
        SummarySentence explained =
                run(Algorithm.FEATURES, SentenceOrder.RANK, true).sentences().get(0);
        assertThat(explained.explanation()).hasSize(Feature.values().length);
        var length = explained.explanation().get("length");
        assertThat(length.value()).isEqualTo(12 / 50.0);
        // Expected margin -0.5 + 0.5 = 0; this sentence reaches leaves 1 and 1: margin 2, all of it from length.
        assertThat(length.contribution()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(explained.score()).isCloseTo(1 / (1 + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(explained.explanation().get("position").contribution()).isZero();
    }

    @Test
    void leadTakesTheFirstSentences() {
        assertThat(run(Algorithm.LEAD, SentenceOrder.RANK, false).sentences())
                .extracting(s -> s.sentence().index())
                .containsExactly(0, 1);
    }

    @Test
    void graphRankersPreferTheSentencesSharingTheMostWords() {
        for (Algorithm algorithm : new Algorithm[] {Algorithm.TEXTRANK, Algorithm.LEXRANK}) {
            Summary summary = run(algorithm, SentenceOrder.RANK, false);
            // "river", "bridge", "town", "flood" connect sentences 1, 2 and 3; 0 and 4 are isolated.
            assertThat(summary.sentences())
                    .extracting(s -> s.sentence().index())
                    .as(algorithm.name())
                    .allMatch(i -> i >= 1 && i <= 3);
        }
    }

    @Test
    void theSameInputAlwaysGivesTheSameOutput() {
        for (Algorithm algorithm : Algorithm.values()) {
            Summary first = run(algorithm, SentenceOrder.RANK, true);
            Summary second = summarizer.summarize(
                    new SimpleAnnotator().annotate(ARTICLE, null),
                    new SummaryOptions(SelectionLimits.sentences(2), SentenceOrder.RANK, algorithm, true));
            assertThat(second).isEqualTo(first);
        }
    }
}
