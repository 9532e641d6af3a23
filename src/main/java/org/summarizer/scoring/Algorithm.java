package org.summarizer.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The sentence rankers a caller can choose. */
public enum Algorithm {
    /** The learned gradient-boosted trees over CoreNLP features (the default). */
    FEATURES,
    /** The first sentences of the article. */
    LEAD,
    /** TextRank over TF-IDF lemma similarity. */
    TEXTRANK,
    /** LexRank: thresholded similarity graph centrality. */
    LEXRANK;

    /** The lower-case name used in the API (and, through {@code @JsonValue}, in JSON and the OpenAPI enumeration). */
    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The algorithm with this API name, ignoring case (how JSON is read).
     *
     * @throws IllegalArgumentException for any other name
     */
    @JsonCreator
    public static Algorithm fromApiName(String name) {
        for (Algorithm algorithm : values()) {
            if (algorithm.apiName().equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "'");
    }
}
