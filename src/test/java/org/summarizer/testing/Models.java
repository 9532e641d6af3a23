package org.summarizer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.summarizer.features.Feature;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeModelFile;

/** Hand-built tree models for tests, written in the model file format and read back as the service reads it. */
public final class Models {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Models() {}

    /** A model file with every feature listed and no trees yet. */
    public static ObjectNode emptyFile(double baseMargin) {
        ObjectNode file = JSON.createObjectNode();
        file.put("format", TreeModelFile.FORMAT);
        file.put("formatVersion", TreeModelFile.FORMAT_VERSION);
        file.put("version", "test");
        file.put("trainingData", "hand-built");
        ArrayNode features = file.putArray("features");
        for (Feature feature : Feature.values()) {
            features.add(feature.key());
        }
        file.put("baseMargin", baseMargin);
        file.putArray("trees");
        ObjectNode prior = file.putObject("lengthPrior");
        prior.put("strength", 0.0);
        prior.put("pivotWords", 20.0);
        prior.put("baseMargin", 0.0);
        prior.putArray("trees");
        return file;
    }

    /**
     * Adds a tree given as parallel node arrays (see the file format in {@link TreeModelFile}); features by
     * {@link Feature}, {@code null} for leaves.
     */
    public static ObjectNode addTree(
            ObjectNode file, Feature[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        addTree((ArrayNode) file.get("trees"), feature, threshold, left, right, value);
        return file;
    }

    /**
     * Gives the file a length prior of this strength (pivot 20 words) whose shortness trees are one stump: margin
     * {@code below} when {@code feature < threshold}, else {@code above}.
     */
    public static ObjectNode setLengthPrior(
            ObjectNode file, double strength, Feature feature, double threshold, double below, double above) {
        ObjectNode prior = file.putObject("lengthPrior");
        prior.put("strength", strength);
        prior.put("pivotWords", 20.0);
        prior.put("baseMargin", 0.0);
        addTree(
                prior.putArray("trees"),
                new Feature[] {feature, null, null},
                new double[] {threshold, 0, 0},
                new int[] {1, -1, -1},
                new int[] {2, -1, -1},
                new double[] {(below + above) / 2, below, above});
        return file;
    }

    private static void addTree(
            ArrayNode trees, Feature[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        ObjectNode tree = trees.addObject();
        ArrayNode features = tree.putArray("feature");
        ArrayNode thresholds = tree.putArray("threshold");
        ArrayNode lefts = tree.putArray("left");
        ArrayNode rights = tree.putArray("right");
        ArrayNode values = tree.putArray("value");
        for (int i = 0; i < feature.length; i++) {
            features.add(feature[i] == null ? 0 : feature[i].ordinal());
            thresholds.add(threshold[i]);
            lefts.add(left[i]);
            rights.add(right[i]);
            values.add(value[i]);
        }
    }

    /** A one-split tree: {@code below} when {@code feature < threshold}, else {@code above}. */
    public static ObjectNode addStump(ObjectNode file, Feature feature, double threshold, double below, double above) {
        return addTree(
                file,
                new Feature[] {feature, null, null},
                new double[] {threshold, 0, 0},
                new int[] {1, -1, -1},
                new int[] {2, -1, -1},
                new double[] {(below + above) / 2, below, above});
    }

    /** Reads a model file as the service does. */
    public static TreeModel read(ObjectNode file) {
        try {
            return TreeModelFile.read(new ByteArrayInputStream(JSON.writeValueAsBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model that scores sentences by length alone: the longer, the higher (three steps). */
    public static TreeModel lengthModel() {
        ObjectNode file = emptyFile(0);
        addStump(file, Feature.LENGTH, 0.20, -2, 1);
        addStump(file, Feature.LENGTH, 0.23, 0, 1);
        return read(file);
    }
}
