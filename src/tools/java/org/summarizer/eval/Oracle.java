package org.summarizer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The greedy extractive oracle: repeatedly adds the sentence that most improves ROUGE-1 F1 + ROUGE-2 F1 of the
 * selection against the reference, stopping at the limit or when nothing improves (Nallapati et al., 2017). It is
 * the ceiling for any extractive ranker and the source of training labels.
 */
public final class Oracle {

    private final Rouge rouge;
    private final double rouge2Weight;

    /** An oracle scoring with the given ROUGE tokenization (stemmed or not). */
    public Oracle(Rouge rouge) {
        this(rouge, 1);
    }

    /** An oracle maximizing ROUGE-1 F1 + {@code rouge2Weight} x ROUGE-2 F1 (0: ROUGE-1 only, the reported metric). */
    public Oracle(Rouge rouge, double rouge2Weight) {
        this.rouge = rouge;
        this.rouge2Weight = rouge2Weight;
    }

    /**
     * The chosen sentence indices in the order they were added.
     *
     * @param sentences the article's sentences
     * @param reference the reference summary's sentences
     * @param limit     at most this many sentences
     */
    public List<Integer> select(List<String> sentences, List<String> reference, int limit) {
        List<List<String>> tokens = new ArrayList<>();
        for (String sentence : sentences) {
            tokens.add(rouge.tokenize(sentence));
        }
        return select(tokens, reference(reference), limit);
    }

    private List<Integer> select(List<List<String>> tokens, Reference reference, int limit) {
        List<Integer> chosen = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        double best = 0;
        while (chosen.size() < limit) {
            int bestIndex = -1;
            double bestGain = best;
            for (int i = 0; i < tokens.size(); i++) {
                if (chosen.contains(i) || tokens.get(i).isEmpty()) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(selected);
                candidate.addAll(tokens.get(i));
                double score = score(candidate, reference);
                if (score > bestGain) {
                    bestGain = score;
                    bestIndex = i;
                }
            }
            if (bestIndex < 0) {
                break;
            }
            chosen.add(bestIndex);
            selected.addAll(tokens.get(bestIndex));
            best = bestGain;
        }
        return chosen;
    }

    /**
     * Soft labels from the best few selections instead of the one greedy pick: every selection of 1 to {@code limit}
     * sentences among the {@code candidates} sentences with the highest own score (and the greedy oracle's picks) is
     * scored like the greedy oracle scores, and a sentence's label is the score-weighted share of the {@code top} best
     * selections that hold it, in [0, 1] (the "multiple oracles" of Narayan et al., 2018).
     */
    public double[] topSelectionShares(
            List<String> sentences, List<String> reference, int limit, int candidates, int top) {
        Reference ref = reference(reference);
        List<List<String>> tokens = new ArrayList<>();
        double[] own = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<String> t = rouge.tokenize(sentences.get(i));
            tokens.add(t);
            own[i] = t.isEmpty() ? 0 : score(t, ref);
        }
        Set<Integer> pool = new TreeSet<>(select(tokens, ref, limit));
        Integer[] byOwn = new Integer[own.length];
        for (int i = 0; i < own.length; i++) {
            byOwn[i] = i;
        }
        Arrays.sort(byOwn, (a, b) -> Double.compare(own[b], own[a]));
        for (int k = 0; k < Math.min(candidates, byOwn.length); k++) {
            if (own[byOwn[k]] > 0) {
                pool.add(byOwn[k]);
            }
        }
        List<Integer> ids = new ArrayList<>(pool);
        List<int[]> selections = new ArrayList<>();
        collect(ids, 0, new int[0], limit, selections);
        double[] scores = new double[selections.size()];
        for (int s = 0; s < scores.length; s++) {
            List<String> candidate = new ArrayList<>();
            for (int i : selections.get(s)) {
                candidate.addAll(tokens.get(i));
            }
            scores[s] = score(candidate, ref);
        }
        Integer[] order = new Integer[scores.length];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] shares = new double[sentences.size()];
        double total = 0;
        for (int k = 0; k < Math.min(top, order.length); k++) {
            double score = scores[order[k]];
            if (score <= 0) {
                break;
            }
            total += score;
            for (int i : selections.get(order[k])) {
                shares[i] += score;
            }
        }
        if (total > 0) {
            for (int i = 0; i < shares.length; i++) {
                shares[i] /= total;
            }
        }
        return shares;
    }

    private static void collect(List<Integer> ids, int from, int[] prefix, int limit, List<int[]> out) {
        for (int k = from; k < ids.size(); k++) {
            int[] next = Arrays.copyOf(prefix, prefix.length + 1);
            next[prefix.length] = ids.get(k);
            out.add(next);
            if (next.length < limit) {
                collect(ids, k + 1, next, limit, out);
            }
        }
    }

    /**
     * Each sentence's own ROUGE-1 F1 + ROUGE-2 F1 against the reference, halved into [0, 1]: a soft label for
     * training that, unlike oracle membership, also credits good sentences the oracle did not need.
     */
    public double[] sentenceScores(List<String> sentences, List<String> reference) {
        Reference ref = reference(reference);
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            List<String> tokens = rouge.tokenize(sentences.get(i));
            scores[i] = (f1(ngrams(tokens, 1), ref.unigrams()) + f1(ngrams(tokens, 2), ref.bigrams())) / 2;
        }
        return scores;
    }

    /** A reference summary's unigram and bigram counts. */
    private record Reference(Map<String, Integer> unigrams, Map<String, Integer> bigrams) {}

    private Reference reference(List<String> reference) {
        List<String> tokens = new ArrayList<>();
        for (String sentence : reference) {
            tokens.addAll(rouge.tokenize(sentence));
        }
        return new Reference(ngrams(tokens, 1), ngrams(tokens, 2));
    }

    /** What the oracle maximizes: ROUGE-1 F1 + {@code rouge2Weight} x ROUGE-2 F1 of these tokens. */
    private double score(List<String> tokens, Reference reference) {
        return f1(ngrams(tokens, 1), reference.unigrams()) + rouge2Weight * f1(ngrams(tokens, 2), reference.bigrams());
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String key = n == 1 ? tokens.get(i) : tokens.get(i) + ' ' + tokens.get(i + 1);
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static double f1(Map<String, Integer> candidate, Map<String, Integer> reference) {
        int candidateTotal = 0;
        int hits = 0;
        for (Map.Entry<String, Integer> e : candidate.entrySet()) {
            candidateTotal += e.getValue();
            hits += Math.min(e.getValue(), reference.getOrDefault(e.getKey(), 0));
        }
        int referenceTotal = 0;
        for (int count : reference.values()) {
            referenceTotal += count;
        }
        if (hits == 0 || candidateTotal == 0 || referenceTotal == 0) {
            return 0;
        }
        double precision = (double) hits / candidateTotal;
        double recall = (double) hits / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }
}
