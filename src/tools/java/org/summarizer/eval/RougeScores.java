package org.summarizer.eval;

import java.util.Objects;

/**
 * The ROUGE scores of one summary against one reference, as computed by {@link Rouge#score}.
 *
 * @param rouge1 unigram overlap (ROUGE-1)
 * @param rouge2 bigram overlap (ROUGE-2)
 * @param rougeLsum summary-level longest common subsequence (ROUGE-L as ROUGE-1.5.5 computes it on
 *     sentence-split input; rouge_score's {@code rougeLsum})
 */
public record RougeScores(Rouge.Score rouge1, Rouge.Score rouge2, Rouge.Score rougeLsum) {

    /**
     * Creates the scores; none may be null, so that callers never need null checks.
     *
     * @param rouge1 unigram overlap
     * @param rouge2 bigram overlap
     * @param rougeLsum summary-level longest common subsequence
     * @throws NullPointerException if a score is null
     */
    public RougeScores {
        Objects.requireNonNull(rouge1, "rouge1");
        Objects.requireNonNull(rouge2, "rouge2");
        Objects.requireNonNull(rougeLsum, "rougeLsum");
    }
}
