package org.summarizer.features;

/**
 * A learned model of the chance that an article's reference summary holds one of its words, given the word's
 * {@link WordFeature}s (a word's salience in its article, where the {@link WordPriors} know only the word). The
 * {@code wordSalience*} features sum it over each sentence's words. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface WordModel {

    /** No model: every {@code wordSalience*} feature is 0. */
    WordModel NONE = row -> 0;

    /**
     * The chance that the reference holds the word.
     *
     * @param row the word's values, indexed by {@link WordFeature#ordinal()}
     * @return a probability in [0, 1]
     */
    double probability(double[] row);
}
