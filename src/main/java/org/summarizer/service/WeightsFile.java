package org.summarizer.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.summarizer.ranking.Feature;
import org.summarizer.ranking.LinearModel;

/**
 * Reads and writes the versioned weights resource of the {@code features} ranker:
 * {@code {"version", "trainingData", "bias", "weights": {featureKey: weight}}}. Unknown feature keys are an error,
 * so a weights file and the code cannot silently drift apart.
 */
public final class WeightsFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WeightsFile() {}

    /** Reads weights from a class path resource. */
    public static LinearModel readResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("weights resource '" + resource + "' (summarizer.ranking.weights)"
                        + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read weights resource '" + resource + "'", e);
        }
    }

    /** Reads weights from JSON. */
    public static LinearModel read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("weights").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            weights.put(Feature.fromKey(field.getKey()), field.getValue().asDouble());
        }
        return new LinearModel(
                root.path("version").asText("unversioned"),
                root.path("trainingData").asText(""),
                root.path("bias").asDouble(),
                weights);
    }

    /**
     * Writes weights as JSON with extra provenance fields (e.g. the training metrics).
     *
     * @param extra further top-level fields, written after the model's
     */
    public static void write(LinearModel model, Map<String, Object> extra, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", model.version());
        root.put("trainingData", model.trainingData());
        root.put("bias", model.bias());
        ObjectNode weights = root.putObject("weights");
        for (Feature feature : Feature.values()) {
            weights.put(feature.key(), model.weight(feature));
        }
        Map<String, Object> rest = new LinkedHashMap<>(extra);
        rest.forEach((key, value) -> root.set(key, JSON.valueToTree(value)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), root);
    }
}
