package org.summarizer.features;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each word's summary prior, learned from the training articles: the share of the articles holding the word whose
 * reference summary holds it too (a word's "summary-worthiness", Hong and Nenkova, 2014), smoothed towards the
 * average over all words. Words are the lower-cased runs of ASCII letters and digits of the text, as ROUGE counts
 * them. Words seen in too few articles, or in too many (function words), have no prior. Immutable and thread-safe.
 */
public final class WordPriors {

    /** No priors: every word-prior feature is 0. */
    public static final WordPriors NONE = new WordPriors(Map.of(), 0, 1);

    /**
     * One word's (weighted) counts.
     *
     * @param articles    the training articles holding the word
     * @param inReference those of them whose reference summary holds it too, at most {@code articles}
     */
    public record Counts(double articles, double inReference) {

        public Counts {
            if (!(articles >= 0) || !(inReference >= 0) || inReference > articles + 1e-9) {
                throw new IllegalArgumentException(
                        "word prior counts need 0 <= inReference <= articles, got " + inReference + " of " + articles);
            }
        }
    }

    private final Map<String, Counts> counts;
    private final double base;
    private final double smoothing;

    /**
     * @param counts    per word, the weighted number of training articles holding it and of those whose reference
     *                  holds it too (only words that have a prior)
     * @param base      the prior of the average word, towards which rare words are pulled
     * @param smoothing how many articles' worth of the base prior each word starts with
     */
    public WordPriors(Map<String, Counts> counts, double base, double smoothing) {
        if (!(base >= 0 && base <= 1) || !(smoothing > 0)) {
            throw new IllegalArgumentException("word priors need a base in [0, 1] and a smoothing above 0");
        }
        // a HashMap copy, sized once and checked in the same pass: Map.copyOf's probing table cost a cold model
        // read about 80 ms more for 51,303 words
        Map<String, Counts> copy = new HashMap<>(capacityFor(counts.size()));
        for (Map.Entry<String, Counts> entry : counts.entrySet()) {
            String word = Objects.requireNonNull(entry.getKey(), "word");
            copy.put(word, Objects.requireNonNull(entry.getValue(), word));
        }
        this.counts = Collections.unmodifiableMap(copy);
        this.base = base;
        this.smoothing = smoothing;
    }

    /** The initial capacity of a {@link HashMap} that holds {@code entries} without growing. */
    public static int capacityFor(int entries) {
        return (int) Math.ceil(entries / 0.75) + 1;
    }

    /** Whether there are any priors. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The words with a prior and their counts (unmodifiable). */
    public Map<String, Counts> counts() {
        return counts;
    }

    /** The prior of the average word, towards which rare words are pulled. */
    public double base() {
        return base;
    }

    /** How many articles' worth of the base prior each word starts with. */
    public double smoothing() {
        return smoothing;
    }

    /**
     * A training article's own share of the counts, left out of its priors so that its labels do not leak into its
     * features (leave-one-out).
     */
    public record Self(Set<String> articleWords, Set<String> referenceWords, double weight) {}

    /** The distinct lower-cased runs of ASCII letters and digits of a text. */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * The mean prior of the sentence's words that have one, and the mean of its three highest priors (missing ones
     * count 0); both 0 when no word has a prior.
     *
     * @param self the article's own counts to leave out, or {@code null}
     */
    public double[] score(String sentence, Self self) {
        return score(words(sentence), self);
    }

    /** {@link #score(String, Self)} of a sentence's {@link #words}. */
    double[] score(Set<String> sentenceWords, Self self) {
        double sum = 0;
        int n = 0;
        double[] top = new double[3];
        for (String word : sentenceWords) {
            double prior = prior(word, self);
            if (prior < 0) {
                continue;
            }
            sum += prior;
            n++;
            for (int k = 0; k < 3; k++) {
                if (prior > top[k]) {
                    System.arraycopy(top, k, top, k + 1, 2 - k);
                    top[k] = prior;
                    break;
                }
            }
        }
        return new double[] {n == 0 ? 0 : sum / n, (top[0] + top[1] + top[2]) / 3};
    }

    /**
     * The word's smoothed prior, or -1 when it has none.
     *
     * @param self the article's own counts to leave out, or {@code null}
     */
    double prior(String word, Self self) {
        Counts c = counts.get(word);
        if (c == null) {
            return -1;
        }
        double articles = c.articles();
        double references = c.inReference();
        if (self != null && self.articleWords().contains(word)) {
            articles -= self.weight();
            if (self.referenceWords().contains(word)) {
                references -= self.weight();
            }
        }
        return (Math.max(0, references) + smoothing * base) / (Math.max(0, articles) + smoothing);
    }

    /** Collects the counts from training articles. Not thread-safe. */
    public static final class Builder {

        private final Map<String, double[]> counts = new HashMap<>();
        private double articles;

        /** Counts one training article with its reference summary, at the given weight. */
        public Builder add(String article, String reference, double weight) {
            Set<String> referenceWords = words(reference);
            for (String word : words(article)) {
                double[] c = counts.computeIfAbsent(word, w -> new double[2]);
                c[0] += weight;
                if (referenceWords.contains(word)) {
                    c[1] += weight;
                }
            }
            articles += weight;
            return this;
        }

        /**
         * The priors: words in at least {@code minArticles} (weighted) articles and in at most {@code maxShare} of
         * them, counts rounded to 3 decimals.
         */
        public WordPriors build(double smoothing, double minArticles, double maxShare) {
            double inArticles = 0;
            double inReferences = 0;
            for (double[] c : counts.values()) {
                inArticles += c[0];
                inReferences += c[1];
            }
            Map<String, Counts> kept = new HashMap<>();
            counts.forEach((word, c) -> {
                if (c[0] >= minArticles && c[0] <= maxShare * articles) {
                    kept.put(word, new Counts(round(c[0]), Math.min(round(c[0]), round(c[1]))));
                }
            });
            return new WordPriors(kept, inArticles == 0 ? 0 : inReferences / inArticles, smoothing);
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }
}
