package org.summarizer.selection;

import java.util.List;

/**
 * The chosen sentences, best first, and why fewer were chosen than asked for.
 *
 * @param ranked    indices of the chosen sentences, best first
 * @param shortfall why fewer sentences were chosen than asked for, or {@code null} when the request was met
 */
public record Selection(List<Integer> ranked, Shortfall shortfall) {

    public Selection {
        ranked = List.copyOf(ranked);
    }
}
