package org.summarizer.ranking;

/**
 * TextRank (Mihalcea and Tarau, 2004) over TF-IDF cosine similarity of content-word lemmas: PageRank on the weighted
 * sentence graph.
 */
public final class TextRankScorer implements SentenceScorer {

    @Override
    public double[] score(FeaturedDocument document) {
        SentenceVectors vectors = document.vectors();
        return GraphRanker.rank(document.size(), vectors::similarity);
    }
}
