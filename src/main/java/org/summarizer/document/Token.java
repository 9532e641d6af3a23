package org.summarizer.document;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param text  the token as it appears in the text
 * @param lemma its lemma (lower-cased for matching by the feature stage, not here)
 * @param pos   its Penn Treebank part-of-speech tag, e.g. {@code NN}, {@code VBD}, {@code PRP}
 * @param ner   its named-entity class ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}) or
 *              {@code O} for none
 * @param begin offset of its first UTF-16 code unit in the submitted text
 * @param end   offset just past its last UTF-16 code unit
 */
public record Token(String text, String lemma, String pos, String ner, int begin, int end) {

    /** The named-entity class of tokens that are not part of an entity. */
    public static final String NO_ENTITY = "O";

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token span " + begin + ".." + end);
        }
    }

    /** Whether the named-entity tagger put this token inside an entity. */
    public boolean isEntity() {
        return !NO_ENTITY.equals(ner);
    }
}
