package org.summarizer.nlp;

/**
 * Finds the longest run of characters without white space in a text. CoreNLP's English tokenizer takes time
 * quadratic in the length of such a run for some contents ({@code "a,a,a,..."}, {@code "a/a/a/..."}, emoji, text
 * without spaces such as Chinese): 16,000 characters of {@code "a,"} take about 12 s, 99,000 about 10 minutes, and
 * the tokenizer cannot be interrupted, so one such request would hold a worker long after its time limit. Runs are
 * therefore limited to {@value #MAX_RUN} characters, far above real words and URLs; a 100,000-character text of
 * runs at that limit tokenizes in about 2 s. Pure and thread-safe.
 */
public final class LongWordCheck {

    /** The longest run without white space that is accepted, in UTF-16 code units. */
    public static final int MAX_RUN = 1_000;

    private LongWordCheck() {}

    /**
     * The length of the longest run without white space, in UTF-16 code units. White space is anything
     * {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)} accepts (so also no-break spaces);
     * zero-width characters do not break a run.
     */
    public static int longestRun(CharSequence text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                current = 0;
            } else if (++current > longest) {
                longest = current;
            }
        }
        return longest;
    }
}
