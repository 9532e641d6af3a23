package org.summarizer.scoring;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import org.summarizer.features.WordFeature;
import org.summarizer.features.WordModel;

/**
 * The {@link WordModel} of a model file: boosted regression trees over the {@link WordFeature}s whose summed margin
 * is a log-odds. Its section of the file:
 *
 * <pre>
 * "wordModel": {"features": ["prior", "sentences", ...], "baseMargin": -2.1, "trees": [...]}
 * </pre>
 *
 * The {@code features} must name every {@link WordFeature} once, in any order (the trees' indices point into the
 * list); the trees are in the format of the ranker's trees. Immutable and thread-safe.
 *
 * @param baseMargin the log-odds before any tree
 * @param trees      the trees, their feature indices by {@link WordFeature#ordinal()}
 */
public record TreeWordModel(double baseMargin, List<RegressionTree> trees) implements WordModel {

    public TreeWordModel {
        trees = List.copyOf(trees);
        if (trees.isEmpty() || !Double.isFinite(baseMargin)) {
            throw new IllegalArgumentException("a word model needs at least one tree and a finite base margin");
        }
    }

    @Override
    public double probability(double[] row) {
        return 1 / (1 + Math.exp(-margin(row)));
    }

    /** The log-odds that the reference holds the word, its row indexed by {@link WordFeature#ordinal()}. */
    public double margin(double[] row) {
        return RegressionTree.sum(baseMargin, trees, row);
    }

    /** The number of tree nodes. */
    public int nodes() {
        return trees.stream().mapToInt(RegressionTree::size).sum();
    }

    /**
     * Reads a {@code wordModel} section given as JSON text (the trainer checks the section it wrote this way).
     *
     * @throws IllegalArgumentException when it is not valid JSON, is incomplete or names word features this code
     *                                  does not compute
     */
    public static TreeWordModel read(String section) {
        try (JsonParser parser = TreeModelFile.parser(section)) {
            parser.nextToken();
            return read(ModelJson.section(parser, "wordModel"));
        } catch (IOException e) {
            throw new IllegalArgumentException("wordModel is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the {@code wordModel} section of a model file as {@link ModelJson#section} read it.
     *
     * @throws IllegalArgumentException when it is incomplete or names word features this code does not compute
     */
    static TreeWordModel read(TreeSection section) {
        if (section == null || section.features() == null) {
            throw new IllegalArgumentException("wordModel.features must be a list of word feature names");
        }
        int[] ordinals = TreeModelFile.ordinals(
                section.features(), WordFeature.values(), WordFeature::fromKey, WordFeature::key, "word feature");
        Double baseMargin = section.numbers().get("baseMargin");
        if (baseMargin == null) {
            throw new IllegalArgumentException("wordModel.baseMargin is missing");
        }
        if (section.trees() == null) {
            throw new IllegalArgumentException("wordModel.trees is missing");
        }
        return new TreeWordModel(
                baseMargin, TreeModelFile.trees(section.trees(), ordinals, WordFeature.values().length));
    }
}
