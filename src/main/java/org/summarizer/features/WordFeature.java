package org.summarizer.features;

/**
 * The description of one of an article's words in its context, the input of the {@link WordModel}: how likely the
 * reference summary is to hold the word, given how the article uses it. Words are {@link WordPriors#words}; a value
 * that does not exist (no prior, no title, never written mid-sentence) is {@value WordContext#MISSING}, below every
 * real value.
 */
public enum WordFeature {
    /** The word's {@link WordPriors summary prior}; missing when it has none. */
    PRIOR("prior"),
    /** ln(1 + the number of the article's sentences holding the word). */
    SENTENCES("sentences"),
    /** The share of the article's sentences holding the word. */
    SENTENCE_SHARE("sentenceShare"),
    /** The index of the first sentence holding the word over the number of sentences. */
    FIRST_RELATIVE("firstRelative"),
    /** The index of the first sentence holding the word, capped at 30. */
    FIRST_INDEX("firstIndex"),
    /** 1 when the first sentence holds the word. */
    IN_FIRST("inFirst"),
    /** How many of the first three sentences hold the word. */
    IN_LEAD("inLead"),
    /** 1 when the title holds the word, 0 when it does not; missing without a title. */
    IN_TITLE("inTitle"),
    /**
     * The share of the word's occurrences after a sentence's first token that start with a capital letter (a name);
     * missing when it only opens sentences.
     */
    CAPITALIZED("capitalized"),
    /** 1 when the word holds a digit. */
    DIGIT("digit"),
    /** The word's length in characters. */
    LENGTH("length"),
    /** ln(1 + the number of the article's sentences). */
    DOC_SENTENCES("docSentences");

    private final String key;

    WordFeature(String key) {
        this.key = key;
    }

    /** The name used in model files. */
    public String key() {
        return key;
    }

    /** The word feature with this key. */
    public static WordFeature fromKey(String key) {
        for (WordFeature feature : values()) {
            if (feature.key.equals(key)) {
                return feature;
            }
        }
        throw new IllegalArgumentException("unknown word feature '" + key + "'");
    }
}
