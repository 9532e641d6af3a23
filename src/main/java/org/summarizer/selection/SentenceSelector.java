package org.summarizer.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * Stage "select": greedily takes the best-scoring sentences that fit every limit, skipping sentences redundant with
 * what was already taken (trigram blocking). Ties go to the earlier sentence, so the same scores always give the same
 * summary.
 */
public final class SentenceSelector {

    private final int defaultSentences;
    private final double duplicateThreshold;

    /**
     * @param defaultSentences   how many sentences to return when the caller sets no limit at all
     * @param duplicateThreshold a candidate is redundant when more than this share of its word trigrams already
     *                           occur in the chosen sentences: 0 is strict trigram blocking (any shared trigram),
     *                           1 disables the check
     */
    public SentenceSelector(int defaultSentences, double duplicateThreshold) {
        if (defaultSentences < 1) {
            throw new IllegalArgumentException("defaultSentences must be at least 1");
        }
        if (duplicateThreshold < 0 || duplicateThreshold > 1) {
            throw new IllegalArgumentException("duplicateThreshold must be in [0, 1]");
        }
        this.defaultSentences = defaultSentences;
        this.duplicateThreshold = duplicateThreshold;
    }

    /** This selector with another redundancy threshold; 0 is strict trigram blocking. */
    public SentenceSelector withDuplicateThreshold(double threshold) {
        return new SentenceSelector(defaultSentences, threshold);
    }

    /** Chooses the summary sentences. */
    public Selection select(Document document, double[] scores, SelectionLimits limits) {
        return select(document, scores, new boolean[document.sentenceCount()], limits);
    }

    /**
     * Chooses the summary sentences, taking the {@code lastResort} ones (page furniture such as image captions and
     * run-on blocks) only once every other sentence has been considered.
     */
    public Selection select(Document document, double[] scores, boolean[] lastResort, SelectionLimits limits) {
        int n = document.sentenceCount();
        if (scores.length != n || lastResort.length != n) {
            throw new IllegalArgumentException("one score and one flag per sentence expected");
        }
        Integer asked = limits.nothingSet() ? Integer.valueOf(defaultSentences) : limits.sentences();
        int target = asked == null ? n : Math.min(asked, n);
        int byRatio = limits.ratio() == null ? n : (int) Math.ceil(limits.ratio() * n - 1e-9);
        target = Math.min(target, byRatio);

        List<Integer> order = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.<Integer, Boolean>comparing(i -> lastResort[i])
                        .thenComparingDouble(i -> -scores[i])
                        .thenComparing(i -> i))
                .toList();
        List<Integer> chosen = new ArrayList<>();
        Set<String> chosenTrigrams = new HashSet<>();
        int words = 0;
        int chars = 0;
        int duplicates = 0;
        int overBudget = 0;
        for (int index : order) {
            if (chosen.size() >= target) {
                break;
            }
            Sentence sentence = document.sentences().get(index);
            Set<String> trigrams = trigrams(sentence);
            if (isNearDuplicate(trigrams, chosenTrigrams)) {
                duplicates++;
                continue;
            }
            int newWords = words + sentence.wordCount();
            int newChars = chars + (chosen.isEmpty() ? 0 : 1) + sentence.length();
            if ((limits.maxWords() != null && newWords > limits.maxWords())
                    || (limits.maxChars() != null && newChars > limits.maxChars())) {
                overBudget++;
                continue;
            }
            chosen.add(index);
            chosenTrigrams.addAll(trigrams);
            words = newWords;
            chars = newChars;
        }
        return new Selection(chosen, shortfall(asked, chosen.size(), n, byRatio, duplicates, overBudget, limits));
    }

    private static Shortfall shortfall(
            Integer asked, int got, int n, int byRatio, int duplicates, int overBudget, SelectionLimits limits) {
        boolean short_ = asked != null ? got < asked : got == 0;
        if (!short_) {
            return null;
        }
        List<Shortfall.Reason> codes = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (asked != null ? n < asked : n == 0) {
            codes.add(Shortfall.Reason.SHORT_ARTICLE);
            reasons.add(
                    n == 0
                            ? "the article has no sentence"
                            : "the article has only " + n + (n == 1 ? " sentence" : " sentences"));
        }
        if (limits.ratio() != null && byRatio < Math.min(n, asked == null ? n : asked)) {
            codes.add(Shortfall.Reason.RATIO);
            reasons.add("ratio " + limits.ratio() + " allows at most " + byRatio
                    + (byRatio == 1 ? " sentence" : " sentences"));
        }
        if (overBudget > 0) {
            codes.add(Shortfall.Reason.BUDGET);
            List<String> budgets = new ArrayList<>();
            if (limits.maxWords() != null) {
                budgets.add("maxWords " + limits.maxWords());
            }
            if (limits.maxChars() != null) {
                budgets.add("maxChars " + limits.maxChars());
            }
            reasons.add(overBudget + (overBudget == 1 ? " sentence does" : " sentences do") + " not fit "
                    + String.join(" and ", budgets));
        }
        if (duplicates > 0) {
            codes.add(Shortfall.Reason.REDUNDANT);
            reasons.add(duplicates + (duplicates == 1 ? " sentence was" : " sentences were")
                    + " skipped as redundant with the summary (shared word trigrams)");
        }
        String head =
                asked != null ? "Returned " + got + " of " + asked + " requested sentences" : "Returned no sentence";
        // selection stops before the target only for the causes above, so there is at least one
        return new Shortfall(codes, asked, got, head + ": " + String.join("; ", reasons) + ".");
    }

    private boolean isNearDuplicate(Set<String> candidate, Set<String> chosen) {
        if (candidate.isEmpty() || chosen.isEmpty() || duplicateThreshold >= 1) {
            return false;
        }
        int shared = 0;
        for (String trigram : candidate) {
            if (chosen.contains(trigram)) {
                shared++;
            }
        }
        return (double) shared / candidate.size() > duplicateThreshold;
    }

    /** Lower-cased word trigrams; a sentence of one or two words is its own single "trigram". */
    static Set<String> trigrams(Sentence sentence) {
        List<String> words = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            String text = token.text().toLowerCase(Locale.ROOT);
            if (text.chars().anyMatch(Character::isLetterOrDigit)) {
                words.add(text);
            }
        }
        Set<String> trigrams = new HashSet<>();
        if (words.size() < 3) {
            if (!words.isEmpty()) {
                trigrams.add(String.join(" ", words));
            }
            return trigrams;
        }
        for (int i = 0; i + 2 < words.size(); i++) {
            trigrams.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return trigrams;
    }
}
