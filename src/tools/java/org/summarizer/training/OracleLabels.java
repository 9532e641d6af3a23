package org.summarizer.training;

import java.util.List;
import java.util.stream.IntStream;
import org.summarizer.eval.Oracle;
import org.summarizer.eval.Rouge;

/**
 * Labels the sentences of training articles from their references with the ROUGE oracle ({@link Oracle}), as {@link
 * Trainer.Labels} says: 1 for the greedy oracle's picks and 0 for the rest; with graded labels 3 for the picks and
 * 0-2 by the sentence's own ROUGE relative to the article's best; or each sentence's share of the best selections.
 * Articles are labelled in parallel; the result does not depend on the order.
 */
final class OracleLabels {

    private OracleLabels() {}

    /** One label per sentence, per article in the order given. */
    static List<double[]> of(List<Trainer.Example> examples, Trainer.Labels labels) {
        Oracle oracle = new Oracle(new Rouge(true), labels.oracleRouge2Weight());
        return IntStream.range(0, examples.size())
                .parallel()
                .mapToObj(i -> {
                    Trainer.Example example = examples.get(i);
                    double[] y = new double[example.document().size()];
                    if (labels.topSelections() > 0) {
                        return oracle.topSelectionShares(
                                example.sentences(),
                                example.reference(),
                                labels.oracleSentences(),
                                10,
                                labels.topSelections());
                    }
                    if (labels.graded()) {
                        // 0-2 by the sentence's own ROUGE against the reference, relative to the article's best
                        double[] own = oracle.sentenceScores(example.sentences(), example.reference());
                        double max = 0;
                        for (double v : own) {
                            max = Math.max(max, v);
                        }
                        for (int s = 0; s < y.length; s++) {
                            y[s] = max > 0 ? Math.floor(2.999 * own[s] / max) : 0;
                        }
                    }
                    for (int chosen :
                            oracle.select(example.sentences(), example.reference(), labels.oracleSentences())) {
                        y[chosen] = labels.graded() ? 3 : 1;
                    }
                    return y;
                })
                .toList();
    }
}
