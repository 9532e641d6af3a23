package org.summarizer.scoring;

import org.summarizer.features.FeaturedDocument;

/** The Lead baseline: earlier sentences score higher, so selection takes the first N. */
public final class LeadScorer implements SentenceScorer {

    @Override
    public double[] score(FeaturedDocument document) {
        int n = document.size();
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = 1.0 / (1 + i);
        }
        return scores;
    }
}
