/**
 * Ranking: the pure stages of the pipeline after annotation. {@link org.summarizer.ranking.FeatureExtractor}
 * computes normalized per-sentence features, a {@link org.summarizer.ranking.SentenceScorer} turns them into scores
 * (the learned linear model, Lead, TextRank or LexRank), and {@link org.summarizer.ranking.SentenceSelector} picks the
 * summary under the caller's limits. Nothing here does I/O or depends on CoreNLP; every function is deterministic.
 */
package org.summarizer.ranking;
