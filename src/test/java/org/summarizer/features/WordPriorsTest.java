package org.summarizer.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordPriorsTest {

    @Test
    void wordsAreDistinctLowerCasedLetterAndDigitRuns() {
        assertThat(WordPriors.words("The U.S. fired 3 shots; the SHOTS missed."))
                .containsExactlyInAnyOrder("the", "u", "s", "fired", "3", "shots", "missed");
        assertThat(WordPriors.words("  --  ")).isEmpty();
    }

    @Test
    void theBuilderCountsArticlesAndReferencesAndDropsRareAndCommonWords() {
        WordPriors priors = new WordPriors.Builder()
                .add("Police killed the gunman.", "Police killed a gunman", 1)
                .add("Police said the fire spread.", "A fire spread", 1)
                .add("The gunman fled.", "Gunman fled", 2)
                .build(1, 2, 0.9);
        // "the" is in every article (4 of 4 weighted): above the 90% share; "killed", "said", "fire" and "spread"
        // are in one article only
        assertThat(priors.counts()).containsOnlyKeys("police", "gunman", "fled");
        assertThat(priors.counts().get("police")).isEqualTo(new WordPriors.Counts(2.0, 1.0));
        assertThat(priors.counts().get("gunman")).isEqualTo(new WordPriors.Counts(3.0, 3.0));
        assertThat(priors.counts().get("fled")).isEqualTo(new WordPriors.Counts(2.0, 2.0));
        // the base is over every word: 15 weighted article-word pairs, 9 of them in the reference
        assertThat(priors.base()).isCloseTo(9.0 / 15, within(1e-12));
    }

    @Test
    void aSentenceScoresItsMeanPriorAndTheMeanOfItsThreeHighest() {
        WordPriors priors = new WordPriors(
                Map.of(
                        "police",
                        new WordPriors.Counts(10, 2),
                        "gunman",
                        new WordPriors.Counts(10, 8),
                        "fled",
                        new WordPriors.Counts(4, 4)),
                0.5,
                2);
        double police = (2 + 1.0) / 12;
        double gunman = (8 + 1.0) / 12;
        double fled = (4 + 1.0) / 6;
        double[] score = priors.score("Police say the gunman fled.", null);
        assertThat(score[0]).isCloseTo((police + gunman + fled) / 3, within(1e-12));
        assertThat(score[1]).isCloseTo((police + gunman + fled) / 3, within(1e-12));
        double[] two = priors.score("The gunman and the police.", null);
        assertThat(two[0]).isCloseTo((police + gunman) / 2, within(1e-12));
        assertThat(two[1]).isCloseTo((police + gunman) / 3, within(1e-12)); // a missing third counts 0
        assertThat(priors.score("Nothing known here.", null)).containsExactly(0.0, 0.0);
        assertThat(WordPriors.NONE.score("The gunman fled.", null)).containsExactly(0.0, 0.0);
    }

    @Test
    void aTrainingArticleLeavesItsOwnCountsOut() {
        WordPriors priors = new WordPriors(Map.of("gunman", new WordPriors.Counts(3, 2)), 0.5, 1);
        assertThat(priors.score("The gunman.", null)[0]).isCloseTo((2 + 0.5) / 4, within(1e-12));
        WordPriors.Self inReference = new WordPriors.Self(Set.of("gunman"), Set.of("gunman"), 1);
        assertThat(priors.score("The gunman.", inReference)[0]).isCloseTo((1 + 0.5) / 3, within(1e-12));
        WordPriors.Self notInReference = new WordPriors.Self(Set.of("gunman"), Set.of(), 1);
        assertThat(priors.score("The gunman.", notInReference)[0]).isCloseTo((2 + 0.5) / 3, within(1e-12));
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThatThrownBy(() -> new WordPriors(Map.of("x", new WordPriors.Counts(1, 2)), 0.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordPriors(Map.of(), 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
