package org.summarizer.ranking;

/**
 * LexRank (Erkan and Radev, 2004): PageRank on the unweighted graph of sentence pairs whose TF-IDF cosine similarity
 * reaches a threshold. A baseline for the evaluation.
 */
public final class LexRankScorer implements SentenceScorer {

    /** The similarity threshold of the original paper's best setting. */
    static final double THRESHOLD = 0.1;

    @Override
    public double[] score(FeaturedDocument document) {
        SentenceVectors vectors = document.vectors();
        return GraphRanker.rank(document.size(), (a, b) -> vectors.similarity(a, b) >= THRESHOLD ? 1 : 0);
    }
}
