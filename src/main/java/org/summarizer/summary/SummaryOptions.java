package org.summarizer.summary;

import java.util.Objects;
import org.summarizer.scoring.Algorithm;
import org.summarizer.selection.SelectionLimits;

/**
 * How to summarize.
 *
 * @param limits    how much to return
 * @param order     document order or best first
 * @param algorithm which ranker
 * @param explain   whether to attach each sentence's feature contributions
 */
public record SummaryOptions(SelectionLimits limits, SentenceOrder order, Algorithm algorithm, boolean explain) {

    public SummaryOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /** {@code n} sentences in document order by the given algorithm, no explanation. */
    public static SummaryOptions of(Algorithm algorithm, int n) {
        return new SummaryOptions(SelectionLimits.sentences(n), SentenceOrder.POSITION, algorithm, false);
    }
}
