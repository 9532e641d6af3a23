package org.summarizer.document;

import java.util.List;
import java.util.Objects;

/**
 * An annotated article: the submitted text, its sentences, and the tokens of its title when one was given.
 *
 * @param text        the text as submitted; every offset in the sentences and tokens points into it
 * @param sentences   the sentences in document order; {@code sentences.get(i).index() == i}
 * @param titleTokens the annotated tokens of the title, empty when there is none
 */
public record Document(String text, List<Sentence> sentences, List<Token> titleTokens) {

    public Document {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        titleTokens = List.copyOf(titleTokens);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "sentence " + i + " carries index " + sentences.get(i).index());
            }
        }
    }

    /** The number of sentences. */
    public int sentenceCount() {
        return sentences.size();
    }

    /** The number of tokens over all sentences. */
    public int tokenCount() {
        int count = 0;
        for (Sentence sentence : sentences) {
            count += sentence.tokens().size();
        }
        return count;
    }

    /** Whether a non-blank title was annotated with the text. */
    public boolean hasTitle() {
        return !titleTokens.isEmpty();
    }
}
