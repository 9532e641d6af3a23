package org.summarizer.scoring;

import java.util.List;
import java.util.Objects;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.WordModel;
import org.summarizer.features.WordPriors;

/**
 * The learned ranker: an ensemble of gradient-boosted regression trees over the {@link Feature}s, trained offline
 * (XGBoost, see {@code docs/scoring.md}) and scored here in plain Java, so the service needs no native library.
 * {@code margin = baseMargin + sum of the trees' outputs}; a sentence's score is {@code sigmoid(margin)}, less the
 * article's {@link LengthPrior} where one applies (see {@link TreeScorer}). Deterministic,
 * immutable and thread-safe.
 *
 * @param version      identifies the model, e.g. {@code 2026-12-01.3fa2c1}
 * @param trainingData what it was trained on (files with their SHA-256) and by which command
 * @param baseMargin   the ensemble's starting margin
 * @param trees        the trees, whose feature indices follow {@link Feature#ordinal()}
 * @param lengthPrior  the article-level prior for short summaries applied on top of the margins ({@link
 *                     LengthPrior#NONE} for none)
 * @param wordPriors   the words' summary priors behind the word-prior features ({@link WordPriors#NONE} for none)
 * @param wordModel    the word-level model behind the word-salience features ({@link WordModel#NONE} for none)
 */
public record TreeModel(
        String version,
        String trainingData,
        double baseMargin,
        List<RegressionTree> trees,
        LengthPrior lengthPrior,
        WordPriors wordPriors,
        WordModel wordModel) {

    /** A model without word priors or word model. */
    public TreeModel(
            String version,
            String trainingData,
            double baseMargin,
            List<RegressionTree> trees,
            LengthPrior lengthPrior) {
        this(version, trainingData, baseMargin, trees, lengthPrior, WordPriors.NONE, WordModel.NONE);
    }

    public TreeModel {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(wordPriors, "wordPriors");
        Objects.requireNonNull(wordModel, "wordModel");
        Objects.requireNonNull(trainingData, "trainingData");
        Objects.requireNonNull(lengthPrior, "lengthPrior");
        trees = List.copyOf(trees);
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("a tree model needs at least one tree");
        }
    }

    /** The margin (log-odds) of a sentence. */
    public double margin(FeatureVector features) {
        return RegressionTree.sum(baseMargin, trees, features.toArray());
    }

    /** The sentence's own score in (0, 1), before any length prior (which needs the whole article). */
    public double score(FeatureVector features) {
        return 1 / (1 + Math.exp(-margin(features)));
    }

    /**
     * The margin split over the features: {@code bias} plus the contributions sums to {@link #margin}.
     *
     * @return the contribution of each feature, indexed by {@link Feature#ordinal()}
     */
    public Attribution explain(FeatureVector features) {
        double[] x = features.toArray();
        double[] contributions = new double[Feature.values().length];
        double bias = baseMargin;
        for (RegressionTree tree : trees) {
            bias += tree.expected();
            tree.attribute(x, contributions);
        }
        return new Attribution(bias, contributions);
    }

    /** The number of tree nodes (the length prior's and the word model's included), a measure of the scoring cost. */
    public int nodes() {
        return trees.stream().mapToInt(RegressionTree::size).sum()
                + lengthPrior.trees().stream().mapToInt(RegressionTree::size).sum()
                + (wordModel instanceof TreeWordModel words ? words.nodes() : 0);
    }

    /**
     * A margin split into an expected part and one contribution per feature.
     *
     * @param bias          the margin expected before looking at this sentence
     * @param contributions how much each feature moved the margin from there, by {@link Feature#ordinal()}
     */
    public record Attribution(double bias, double[] contributions) {

        public Attribution {
            contributions = contributions.clone();
        }

        /** The contribution of one feature. */
        public double of(Feature feature) {
            return contributions[feature.ordinal()];
        }
    }
}
