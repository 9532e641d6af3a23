package org.summarizer.scoring;

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

    /** The lower-case name used in the API. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The algorithm with this API name, ignoring case. */
    public static Algorithm fromApiName(String name) {
        for (Algorithm algorithm : values()) {
            if (algorithm.apiName().equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + name + "'");
    }
}
