package org.summarizer.scoring;

import java.util.List;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;

/**
 * The learned ranker's article-level prior for short summaries. Some news (DailyMail's standfirsts are the measured
 * case) is summarized by one sentence of about 28 words: after the best sentence, every further word mostly costs
 * precision. Small trees over the document-style features ({@link Feature#documentLevel()}) estimate how likely an
 * article is to be of that kind, its <em>shortness</em> in (0, 1); every sentence but the top-scoring one and the
 * article's first one then has {@code strength x shortness x ln(words / pivotWords)} taken off its margin, so the
 * second and third picks shift towards short sentences (a sentence shorter than the pivot gains). The first sentence
 * is what such summaries rewrite, so it is exempt, and a gain never lifts a sentence that scored below it past it
 * (at most level with it, and equal scores go to the earlier sentence). Articles that look like CNN or BBC stories
 * (shortness near 0) keep their ranking. Immutable and thread-safe.
 *
 * @param strength   the penalty per unit of ln(words / pivotWords) at shortness 1; 0 turns the prior off
 * @param pivotWords the sentence length, in words, that is neither penalized nor favoured
 * @param baseMargin the shortness trees' starting margin
 * @param trees      the shortness trees, splitting on document-level features only
 */
public record LengthPrior(double strength, double pivotWords, double baseMargin, List<RegressionTree> trees) {

    /** No prior: margins stay as the trees gave them. */
    public static final LengthPrior NONE = new LengthPrior(0, 20, 0, List.of());

    public LengthPrior {
        trees = List.copyOf(trees);
        if (!(strength >= 0 && strength <= 10)) {
            throw new IllegalArgumentException("lengthPrior strength must be in [0, 10], got " + strength);
        }
        if (!(pivotWords >= 1 && pivotWords <= 1000)) {
            throw new IllegalArgumentException("lengthPrior pivotWords must be in [1, 1000], got " + pivotWords);
        }
        if (!Double.isFinite(baseMargin)) {
            throw new IllegalArgumentException("lengthPrior baseMargin must be finite");
        }
        if (strength > 0 && trees.isEmpty()) {
            throw new IllegalArgumentException("a lengthPrior with a strength needs its shortness trees");
        }
        Feature[] features = Feature.values();
        for (RegressionTree tree : trees) {
            if (!tree.splitsOnlyOn(ordinal -> features[ordinal].documentLevel())) {
                throw new IllegalArgumentException("lengthPrior trees may split on document-level features only");
            }
        }
    }

    /** Whether this prior changes any margin. */
    public boolean active() {
        return strength > 0;
    }

    /**
     * The estimated chance, in (0, 1), that the article is of the short-summary kind, from the document-level values
     * of any of its sentences' features.
     */
    public double shortness(FeatureVector features) {
        return 1 / (1 + Math.exp(-shortnessMargin(features)));
    }

    /** The log-odds behind {@link #shortness}. */
    public double shortnessMargin(FeatureVector features) {
        return RegressionTree.sum(baseMargin, trees, features.toArray());
    }

    /**
     * What the prior takes off each sentence's margin: 0 for the sentence with the highest margin (the earliest of
     * equals) and for the article's first sentence, {@code strength x shortness x ln(words / pivotWords)} for every
     * other one (negative, a gain, for sentences shorter than the pivot), except that a sentence whose margin was at
     * most the first sentence's gains only up to that margin.
     *
     * @param margins   the sentences' margins
     * @param words     the sentences' word counts
     * @param shortness the article's {@link #shortness}
     */
    public double[] penalties(double[] margins, int[] words, double shortness) {
        if (margins.length != words.length) {
            throw new IllegalArgumentException("one word count per margin expected");
        }
        double[] penalties = new double[margins.length];
        if (!active() || margins.length == 0) {
            return penalties;
        }
        int top = 0;
        for (int i = 1; i < margins.length; i++) {
            if (margins[i] > margins[top]) {
                top = i;
            }
        }
        double scale = strength * shortness;
        for (int i = 0; i < margins.length; i++) {
            if (i != top && i != 0) {
                penalties[i] = scale * Math.log(Math.max(1, words[i]) / pivotWords);
                if (margins[i] <= margins[0] && margins[i] - penalties[i] > margins[0]) {
                    // a gain lifts a sentence up to the first one, not past it (not even by a rounding error)
                    penalties[i] = margins[i] - margins[0];
                    while (margins[i] - penalties[i] > margins[0]) {
                        penalties[i] = Math.nextUp(penalties[i]);
                    }
                }
            }
        }
        return penalties;
    }
}
