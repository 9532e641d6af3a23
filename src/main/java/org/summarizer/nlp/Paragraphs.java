package org.summarizer.nlp;

/**
 * Paragraph structure from line breaks. Text with blank lines is split into paragraphs at blank lines (single line
 * breaks inside are just wrapping); text without blank lines has one paragraph per line, as in the evaluation data
 * and most text copied from web pages.
 */
final class Paragraphs {

    private Paragraphs() {}

    /** Whether the text separates paragraphs by blank lines. */
    static boolean usesBlankLines(String text) {
        int lineStart = 0;
        boolean seenBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (seenBreak && text.substring(lineStart, i).isBlank()) {
                    return true;
                }
                seenBreak = true;
                lineStart = i + 1;
            }
        }
        return false;
    }

    /**
     * Whether the gap between two sentences holds a paragraph break.
     *
     * @param gap         the text between the end of one sentence and the start of the next
     * @param blankLines  whether paragraphs are separated by blank lines
     */
    static boolean isBreak(String gap, boolean blankLines) {
        int newlines = 0;
        for (int i = 0; i < gap.length(); i++) {
            if (gap.charAt(i) == '\n') {
                newlines++;
            }
        }
        return blankLines ? newlines >= 2 : newlines >= 1;
    }
}
