package org.summarizer.selection;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a summary has fewer sentences than asked for, for machines and for people.
 *
 * @param reasons   every cause, most fundamental first (never empty)
 * @param requested the sentences asked for (explicitly or by default), or {@code null} when only budgets were set
 * @param returned  the sentences returned
 * @param message   the same in one English sentence, e.g. "Returned 1 of 3 requested sentences: the article has only
 *                  1 sentence."
 */
public record Shortfall(List<Reason> reasons, Integer requested, int returned, String message) {

    /** One cause of a shortfall. */
    public enum Reason {
        /** The article has fewer sentences than requested. */
        SHORT_ARTICLE,
        /** {@code ratio} allows fewer sentences than requested. */
        RATIO,
        /** Sentences did not fit {@code maxWords} or {@code maxChars}. */
        BUDGET,
        /** Sentences were skipped as redundant with the summary (shared word trigrams). */
        REDUNDANT;

        /** The lower-case, hyphenated name used in the API, e.g. {@code short-article}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Shortfall {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a shortfall has at least one reason");
        }
        Objects.requireNonNull(message, "message");
    }

    /** The most fundamental reason's code: what a client switches on. */
    public String code() {
        return reasons.get(0).code();
    }
}
