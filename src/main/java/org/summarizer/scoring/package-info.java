/**
 * Stage "score": a {@link org.summarizer.scoring.SentenceScorer} turns a featured document into one score per
 * sentence (the learned model, Lead, TextRank or LexRank), and the learned model's file is read here. Pure and
 * deterministic; depends only on {@code document} and {@code features}.
 */
package org.summarizer.scoring;
