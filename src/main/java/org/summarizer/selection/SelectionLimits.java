package org.summarizer.selection;

/**
 * What the caller allows in a summary. Every limit that is set holds; {@code null} means "not set".
 *
 * @param sentences at most this many sentences; when {@code null} and no other limit is set, the selector's default
 * @param maxWords  at most this many whitespace-separated words over the chosen sentences
 * @param maxChars  at most this many characters in the summary (the chosen sentences joined by one space)
 * @param ratio     at most {@code ceil(ratio * sentenceCount)} sentences, {@code 0 < ratio <= 1}
 */
public record SelectionLimits(Integer sentences, Integer maxWords, Integer maxChars, Double ratio) {

    public SelectionLimits {
        if (sentences != null && sentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1");
        }
        if (maxWords != null && maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be at least 1");
        }
        if (maxChars != null && maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1");
        }
        if (ratio != null && !(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be in (0, 1]");
        }
    }

    /** Limits of exactly {@code n} sentences and nothing else. */
    public static SelectionLimits sentences(int n) {
        return new SelectionLimits(n, null, null, null);
    }

    /** Whether only the default sentence count applies. */
    boolean nothingSet() {
        return sentences == null && maxWords == null && maxChars == null && ratio == null;
    }
}
