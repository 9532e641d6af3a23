package org.summarizer.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;

/**
 * How many of the reference summary's words a sentence is expected to bring, from the {@link WordPriors}: the sum
 * of its distinct words' priors (a word's prior is the chance that the summary holds it, given the article does),
 * and the same sum with each word weighted by ln(1 + the number of the article's sentences holding it), since a
 * word the article repeats is likelier to be in its summary than the prior alone says. The mean prior says how dense
 * a sentence is in summary words; these sums say how many it covers, which is what ROUGE recall counts.
 */
final class PriorMass {

    /** The expected number of summary words at which {@link Feature#WORD_PRIOR_SUM} reaches 1. */
    static final double SUM_CAP = 10;

    private final double[] sum;
    private final double[] repeated;
    private final double repeatedMax;

    private PriorMass(double[] sum, double[] repeated) {
        this.sum = sum;
        this.repeated = repeated;
        double max = 0;
        for (double value : repeated) {
            max = Math.max(max, value);
        }
        this.repeatedMax = max;
    }

    /** The masses of a document of {@code n} sentences without word priors: all 0. */
    static PriorMass none(int n) {
        return new PriorMass(new double[n], new double[n]);
    }

    /**
     * The masses of every sentence of a document.
     *
     * @param words each sentence's {@link WordPriors#words}, in document order
     * @param self  the article's own counts to leave out of the priors, or {@code null}
     */
    static PriorMass of(List<Set<String>> words, WordPriors priors, WordPriors.Self self) {
        int n = words.size();
        double[] sum = new double[n];
        double[] repeated = new double[n];
        Map<String, Integer> sentencesHolding = new HashMap<>();
        for (Set<String> sentence : words) {
            for (String word : sentence) {
                sentencesHolding.merge(word, 1, Integer::sum);
            }
        }
        for (int i = 0; i < n; i++) {
            for (String word : words.get(i)) {
                double p = priors.prior(word, self);
                if (p >= 0) {
                    sum[i] += p;
                    repeated[i] += p * Math.log1p(sentencesHolding.get(word));
                }
            }
        }
        return new PriorMass(sum, repeated);
    }

    /** Each sentence's {@link WordPriors#words}. */
    static List<Set<String>> words(Document document) {
        List<Set<String>> words = new ArrayList<>(document.sentenceCount());
        for (Sentence sentence : document.sentences()) {
            words.add(WordPriors.words(sentence.text()));
        }
        return words;
    }

    /** Sentence {@code i}'s summed priors over {@link #SUM_CAP}, capped at 1. */
    double sum(int i) {
        return Math.min(1, sum[i] / SUM_CAP);
    }

    /** Sentence {@code i}'s repetition-weighted sum over the article's highest; 0 when every sentence has 0. */
    double repeatedRelative(int i) {
        return repeatedMax > 0 ? repeated[i] / repeatedMax : 0;
    }
}
