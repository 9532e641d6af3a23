package org.summarizer.selection;

import java.util.List;

/**
 * The chosen sentences, best first, and why fewer were chosen than asked for.
 *
 * @param ranked    indices of the chosen sentences, best first
 * @param shortfall a sentence explaining a shortfall, or {@code null} when the request was met
 */
public record Selection(List<Integer> ranked, String shortfall) {

    public Selection {
        ranked = List.copyOf(ranked);
    }
}
