package org.summarizer.scoring;

import org.summarizer.features.Feature;
import org.summarizer.features.FeaturedDocument;

/**
 * LexRank (Erkan and Radev, 2004): PageRank on the unweighted graph of sentence pairs whose TF-IDF cosine similarity
 * reaches a threshold. The feature stage computes it once (it is also a feature of the learned ranker); this scorer
 * reads it.
 */
public final class LexRankScorer implements SentenceScorer {

    @Override
    public double[] score(FeaturedDocument document) {
        return document.column(Feature.LEXRANK);
    }
}
