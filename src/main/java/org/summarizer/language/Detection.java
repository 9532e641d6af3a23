package org.summarizer.language;

/**
 * What the detector found in a text.
 *
 * @param best    the most likely of the {@link Language}s, or {@code null} when the text has too few letters to tell
 * @param share   {@code best}'s probability as a share of the probabilities of all {@link Language}s, in [0, 1]
 * @param ratio   {@code best}'s probability over the runner-up's (1 when they tie; large when {@code best} stands out)
 * @param letters the letters in the text the detector read
 */
public record Detection(Language best, double share, double ratio, int letters) {

    /** A text with too few letters to detect anything. */
    public static Detection undetectable(int letters) {
        return new Detection(null, 0, 1, letters);
    }
}
