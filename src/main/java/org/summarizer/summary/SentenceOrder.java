package org.summarizer.summary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The order of the sentences in a summary. */
public enum SentenceOrder {
    /** Document order (the default): reads like the article. */
    POSITION,
    /** Best first. */
    RANK;

    /** The lower-case name used in the API (and, through {@code @JsonValue}, in JSON and the OpenAPI enumeration). */
    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The order with this API name, ignoring case (how JSON is read).
     *
     * @throws IllegalArgumentException for any other name
     */
    @JsonCreator
    public static SentenceOrder fromApiName(String name) {
        for (SentenceOrder order : values()) {
            if (order.apiName().equalsIgnoreCase(name)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown order '" + name + "'");
    }
}
