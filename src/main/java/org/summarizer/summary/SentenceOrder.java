package org.summarizer.summary;

import java.util.Locale;

/** The order of the sentences in a summary. */
public enum SentenceOrder {
    /** Document order (the default): reads like the article. */
    POSITION,
    /** Best first. */
    RANK;

    /** The lower-case name used in the API. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order with this API name, ignoring case. */
    public static SentenceOrder fromApiName(String name) {
        for (SentenceOrder order : values()) {
            if (order.apiName().equalsIgnoreCase(name)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown order '" + name + "'");
    }
}
