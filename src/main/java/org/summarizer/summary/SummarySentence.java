package org.summarizer.summary;

import java.util.Map;
import org.summarizer.document.Sentence;
import org.summarizer.scoring.TreeScorer.Contribution;

/**
 * A chosen sentence.
 *
 * @param sentence    the sentence with its offsets
 * @param score       its score in [0, 1] under the chosen algorithm
 * @param rank        1 for the best chosen sentence
 * @param explanation feature contributions by feature key, or {@code null} when not asked for
 */
public record SummarySentence(Sentence sentence, double score, int rank, Map<String, Contribution> explanation) {}
