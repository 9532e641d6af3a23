package org.summarizer.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.summarizer.eval.Oracle;
import org.summarizer.eval.Rouge;
import org.summarizer.ranking.Feature;
import org.summarizer.ranking.FeaturedDocument;
import org.summarizer.ranking.LinearModel;

/**
 * Turns featured training documents and their reference summaries into a {@link LinearModel}: each sentence is a
 * row of feature values, labelled 1 when the greedy ROUGE oracle picks it for the reference (or, with soft labels,
 * by its own ROUGE against the reference), and a logistic regression learns the weights.
 */
public final class Trainer {

    /** How sentences are labelled. */
    public enum Labels {
        /** 1 for the sentences of the greedy oracle summary, 0 for the rest. */
        ORACLE,
        /** Each sentence's own (ROUGE-1 F1 + ROUGE-2 F1) / 2, scaled by the document's best. */
        SOFT
    }

    private final Labels labels;
    private final double l2;
    private final int oracleSentences;
    private final Set<Feature> excluded;

    /**
     * @param labels          how sentences are labelled
     * @param l2              the L2 penalty
     * @param oracleSentences the oracle summary length for {@link Labels#ORACLE}
     * @param excluded        features held at weight 0 (for ablations)
     */
    public Trainer(Labels labels, double l2, int oracleSentences, Set<Feature> excluded) {
        this.labels = labels;
        this.l2 = l2;
        this.oracleSentences = oracleSentences;
        this.excluded = Set.copyOf(excluded);
    }

    /**
     * Fits the weights.
     *
     * @param documents   featured documents
     * @param sentences   each document's sentences, one line each (as scored)
     * @param references  each document's reference sentences
     */
    public LinearModel train(
            List<FeaturedDocument> documents,
            List<List<String>> sentences,
            List<List<String>> references,
            String version,
            String trainingData) {
        Oracle oracle = new Oracle(new Rouge(true));
        List<double[]> targets = IntStream.range(0, documents.size())
                .parallel()
                .mapToObj(i -> {
                    double[] y = new double[documents.get(i).size()];
                    if (labels == Labels.ORACLE) {
                        for (int chosen : oracle.select(sentences.get(i), references.get(i), oracleSentences)) {
                            y[chosen] = 1;
                        }
                    } else {
                        double[] scores = oracle.sentenceScores(sentences.get(i), references.get(i));
                        double max = 0;
                        for (double s : scores) {
                            max = Math.max(max, s);
                        }
                        for (int s = 0; s < y.length; s++) {
                            y[s] = max > 0 ? scores[s] / max : 0;
                        }
                    }
                    return y;
                })
                .toList();
        Feature[] features = Feature.values();
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            FeaturedDocument document = documents.get(i);
            for (int s = 0; s < document.size(); s++) {
                double[] row = document.features().get(s).toArray();
                for (Feature feature : excluded) {
                    row[feature.ordinal()] = 0;
                }
                rows.add(row);
                ys.add(targets.get(i)[s]);
            }
        }
        double[][] x = rows.toArray(new double[0][]);
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double[] beta = new LogisticRegression(l2, 50).fit(x, y, null);
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature feature : features) {
            weights.put(feature, excluded.contains(feature) ? 0.0 : round(beta[feature.ordinal() + 1]));
        }
        return new LinearModel(version, trainingData, round(beta[0]), weights);
    }

    /** Six decimals keep the weights file readable and diff-friendly without changing any ranking. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
