package org.summarizer.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorMassTest {

    /** gunman: (8 + 2 x 0.5) / (10 + 2) = 0.75; police: (2 + 1) / 12 = 0.25. */
    private static final WordPriors PRIORS = new WordPriors(
            Map.of("gunman", new WordPriors.Counts(10, 8), "police", new WordPriors.Counts(10, 2)), 0.5, 2);

    private static final List<Set<String>> WORDS = List.of(
            WordPriors.words("The gunman fled."),
            WordPriors.words("Police chased the gunman."),
            WordPriors.words("Rain fell."));

    @Test
    void theSumAddsTheSentencesPriorsOverTheCap() {
        PriorMass mass = PriorMass.of(WORDS, PRIORS, null);
        assertThat(mass.sum(0)).isCloseTo(0.75 / PriorMass.SUM_CAP, within(1e-12));
        assertThat(mass.sum(1)).isCloseTo(1.0 / PriorMass.SUM_CAP, within(1e-12));
        assertThat(mass.sum(2)).isZero();
    }

    @Test
    void theSumIsCappedAtOne() {
        List<Set<String>> many = List.of(Set.of("gunman", "police", "a1", "a2"));
        Map<String, WordPriors.Counts> counts = new java.util.HashMap<>();
        for (String word : many.get(0)) {
            counts.put(word, new WordPriors.Counts(1000, 1000));
        }
        PriorMass mass = PriorMass.of(many, new WordPriors(counts, 0.5, 1), null);
        assertThat(mass.sum(0)).isCloseTo(Math.min(1, 4 * 1000.5 / 1001 / PriorMass.SUM_CAP), within(1e-12));
        List<Set<String>> thirty = List.of(new java.util.HashSet<>());
        for (int i = 0; i < 30; i++) {
            thirty.get(0).add("w" + i);
            counts.put("w" + i, new WordPriors.Counts(1000, 1000));
        }
        assertThat(PriorMass.of(thirty, new WordPriors(counts, 0.5, 1), null).sum(0))
                .isEqualTo(1.0);
    }

    @Test
    void wordsTheArticleRepeatsWeighMore() {
        PriorMass mass = PriorMass.of(WORDS, PRIORS, null);
        // gunman is in two sentences, police in one
        double first = 0.75 * Math.log(3);
        double second = 0.75 * Math.log(3) + 0.25 * Math.log(2);
        assertThat(mass.repeatedRelative(1)).isEqualTo(1.0);
        assertThat(mass.repeatedRelative(0)).isCloseTo(first / second, within(1e-12));
        assertThat(mass.repeatedRelative(2)).isZero();
    }

    @Test
    void aTrainingArticlesOwnCountsAreLeftOut() {
        WordPriors.Self self = new WordPriors.Self(Set.of("gunman", "fled"), Set.of("gunman"), 1);
        PriorMass mass = PriorMass.of(WORDS, PRIORS, self);
        assertThat(mass.sum(0)).isCloseTo((7 + 1) / 11.0 / PriorMass.SUM_CAP, within(1e-12));
    }

    @Test
    void withoutPriorsEveryMassIsZero() {
        for (PriorMass mass : List.of(PriorMass.of(WORDS, WordPriors.NONE, null), PriorMass.none(WORDS.size()))) {
            for (int i = 0; i < WORDS.size(); i++) {
                assertThat(mass.sum(i)).isZero();
                assertThat(mass.repeatedRelative(i)).isZero();
            }
        }
    }
}
