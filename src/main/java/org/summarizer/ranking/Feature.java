package org.summarizer.ranking;

/**
 * The per-sentence features of the ranker. Every value lies in [0, 1]; {@code docs/scoring.md} gives the same
 * definitions with the learned weights.
 */
public enum Feature {
    /** 1 for the first sentence of the article. */
    FIRST_SENTENCE("firstSentence"),
    /** 1 / (1 + index): decays quickly with the distance from the start. */
    POSITION("position"),
    /** 1 - index / (n - 1): linear decay over the whole article. */
    RELATIVE_POSITION("relativePosition"),
    /** 1 when the sentence opens a paragraph (the article has line breaks). */
    PARAGRAPH_START("paragraphStart"),
    /** 1 / (1 + paragraph index). */
    PARAGRAPH_POSITION("paragraphPosition"),
    /** min(tokens, 50) / 50. */
    LENGTH("length"),
    /** 1 when the sentence has fewer than 8 tokens. */
    SHORT("short"),
    /** Cosine similarity of the sentence's TF-IDF lemma vector to the document centroid. */
    CENTROID("centroid"),
    /** Similarity to the sentences after it (within a window), scaled by the document maximum (PACSUM-style). */
    FORWARD_CENTRALITY("forwardCentrality"),
    /** Similarity to the sentences before it (within a window), scaled by the document maximum. */
    BACKWARD_CENTRALITY("backwardCentrality"),
    /** Share of the sentence's tokens inside a named entity. */
    ENTITY_DENSITY("entityDensity"),
    /** Share of the title's content lemmas found in the sentence; 0 without a title. */
    TITLE_OVERLAP("titleOverlap"),
    /** 1 when the sentence contains a quotation mark. */
    QUOTE("quote"),
    /** 1 when the sentence contains a number. */
    NUMBER("number"),
    /** 1 when the sentence starts with a pronoun or a connective ("He", "This", "However"). */
    DANGLING_START("danglingStart"),
    /** 1 for boilerplate that is not article prose: captions, bylines, "Scroll down for video", "CLICK HERE". */
    BOILERPLATE("boilerplate"),
    /** 1 when the sentence does not end with final punctuation (headline-like lines, captions, datelines). */
    NO_FINAL_PUNCTUATION("noFinalPunctuation");

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    /** The name used in weight files, explanations and docs. */
    public String key() {
        return key;
    }

    /** The feature with this key. */
    public static Feature fromKey(String key) {
        for (Feature feature : values()) {
            if (feature.key.equals(key)) {
                return feature;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + key + "'");
    }
}
