package org.summarizer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        List<String> referenceTokens = new ArrayList<>();
        for (String sentence : reference) {
            referenceTokens.addAll(rouge.tokenize(sentence));
        }
        Map<String, Integer> ref1 = ngrams(referenceTokens, 1);
        Map<String, Integer> ref2 = ngrams(referenceTokens, 2);
        List<List<String>> tokens = new ArrayList<>();
        for (String sentence : sentences) {
            tokens.add(rouge.tokenize(sentence));
        }
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
                double score = f1(ngrams(candidate, 1), ref1) + rouge2Weight * f1(ngrams(candidate, 2), ref2);
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
     * Each sentence's own ROUGE-1 F1 + ROUGE-2 F1 against the reference, halved into [0, 1]: a soft label for
     * training that, unlike oracle membership, also credits good sentences the oracle did not need.
     */
    public double[] sentenceScores(List<String> sentences, List<String> reference) {
        List<String> referenceTokens = new ArrayList<>();
        for (String sentence : reference) {
            referenceTokens.addAll(rouge.tokenize(sentence));
        }
        Map<String, Integer> ref1 = ngrams(referenceTokens, 1);
        Map<String, Integer> ref2 = ngrams(referenceTokens, 2);
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < scores.length; i++) {
            List<String> tokens = rouge.tokenize(sentences.get(i));
            scores[i] = (f1(ngrams(tokens, 1), ref1) + f1(ngrams(tokens, 2), ref2)) / 2;
        }
        return scores;
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
