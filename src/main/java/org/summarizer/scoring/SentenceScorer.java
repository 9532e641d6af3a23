package org.summarizer.scoring;

import org.summarizer.features.FeaturedDocument;

/**
 * Stage "score": gives every sentence of a featured document a score in [0, 1]; higher is more summary-worthy.
 * Implementations are deterministic and thread-safe.
 */
public interface SentenceScorer {

    /** The score of each sentence, indexed like the document's sentences. */
    double[] score(FeaturedDocument document);
}
