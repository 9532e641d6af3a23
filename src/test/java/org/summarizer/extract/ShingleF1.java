package org.summarizer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's metric (../shared/html-benchmark/README.md, after the Scrapinghub benchmark's
 * evaluate.py): tokens are the {@code \w+} runs of a text as Python's {@code re} reads them (Unicode letters, digits
 * and numbers, underscore; case kept); per page, 4-token shingles of truth and prediction are counted (a text of
 * fewer than 4 tokens is one shingle of all of them); tp = sum of min(counts), fp = extra in the prediction, fn =
 * missing from it, normalised by their sum. Precision and recall are means over pages (a page with tp = fp = 0 has
 * precision 0, fp = fn = 0 scores 1), F1 = 2PR / (P + R).
 */
final class ShingleF1 {

    static final int SHINGLE = 4;

    /** One page's normalised counts. */
    record Counts(double tp, double fp, double fn) {

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Mean precision and recall over pages, and the F1 of the two means. */
    record Score(double precision, double recall, double f1) {}

    private ShingleF1() {}

    /** The {@code \w+} tokens of {@code text} in Python's Unicode sense. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isWordChar(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's {@code str} word character: a letter (L*), a number (Nd, Nl, No) or the underscore. */
    static boolean isWordChar(int codePoint) {
        if (codePoint == '_' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The normalised tp, fp, fn of one page. */
    static Counts page(String truth, String prediction) {
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> predicted = shingles(prediction);
        Set<List<String>> keys = new HashSet<>(expected.keySet());
        keys.addAll(predicted.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int e = expected.getOrDefault(key, 0);
            int p = predicted.getOrDefault(key, 0);
            tp += Math.min(e, p);
            fp += Math.max(0, p - e);
            fn += Math.max(0, e - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    /** Precision and recall averaged over every page, and their F1. */
    static Score score(List<Counts> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        double precision =
                pages.stream().mapToDouble(Counts::precision).average().orElseThrow();
        double recall = pages.stream().mapToDouble(Counts::recall).average().orElseThrow();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }
}
