package org.summarizer.scoring;

import org.summarizer.features.Feature;
import org.summarizer.features.FeaturedDocument;

/**
 * TextRank (Mihalcea and Tarau, 2004) over TF-IDF cosine similarity of content-word lemmas: PageRank on the weighted
 * sentence graph. The feature stage computes it once (it is also a feature of the learned ranker); this scorer
 * reads it.
 */
public final class TextRankScorer implements SentenceScorer {

    @Override
    public double[] score(FeaturedDocument document) {
        return document.column(Feature.TEXTRANK);
    }
}
