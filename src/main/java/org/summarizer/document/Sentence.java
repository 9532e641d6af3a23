package org.summarizer.document;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an annotated text.
 *
 * @param index          0-based position of the sentence in the document
 * @param begin          offset of its first UTF-16 code unit in the submitted text
 * @param end            offset just past its last UTF-16 code unit, so {@code text.substring(begin, end)} is the
 *                       sentence
 * @param text           the sentence exactly as submitted (the substring above)
 * @param tokens         its tokens, in order
 * @param paragraph      0-based index of the paragraph it belongs to (paragraphs are separated by line breaks)
 * @param paragraphStart whether it is the first sentence of its paragraph
 */
public record Sentence(
        int index, int begin, int end, String text, List<Token> tokens, int paragraph, boolean paragraphStart) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0 || paragraph < 0 || begin < 0 || end < begin || end - begin != text.length()) {
            throw new IllegalArgumentException("inconsistent sentence " + index + " at " + begin + ".." + end);
        }
    }

    /** The number of UTF-16 code units the sentence spans. */
    public int length() {
        return end - begin;
    }

    /** Whitespace-separated words, the unit of the {@code maxWords} budget. */
    public int wordCount() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
