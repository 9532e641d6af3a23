/**
 * Evaluation: ROUGE scoring, baselines and the evaluation command.
 *
 * <p>{@link org.summarizer.eval.Rouge} is a pure-Java re-implementation of ROUGE-1.5.5 ({@code -n 2 -a}, optionally
 * {@code -m}) that reports ROUGE-1, ROUGE-2 and summary-level ROUGE-L ("rougeLsum") per document; it is checked
 * against golden ROUGE-1.5.5 output in the tests. The corpus score of a system is the mean of its per-document F1.
 */
package org.summarizer.eval;
