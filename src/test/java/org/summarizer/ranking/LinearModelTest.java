package org.summarizer.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summarizer.service.WeightsFile;

class LinearModelTest {

    @Test
    void scoreIsTheSigmoidOfTheWeightedSum() {
        LinearModel model = new LinearModel("v", "none", -1.0, Map.of(Feature.LENGTH, 2.0, Feature.QUOTE, -1.0));
        Map<Feature, Double> values = new EnumMap<>(Feature.class);
        values.put(Feature.LENGTH, 0.5);
        values.put(Feature.QUOTE, 1.0);
        FeatureVector vector = FeatureVector.of(values);
        assertThat(model.margin(vector)).isEqualTo(-1.0);
        assertThat(model.score(vector)).isCloseTo(1 / (1 + Math.E), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(model.weight(Feature.CENTROID)).isZero();
    }

    @Test
    void theShippedWeightsNameEveryFeature() throws Exception {
        LinearModel model = WeightsFile.readResource("ranking/weights.json");
        try (var in = getClass().getClassLoader().getResourceAsStream("ranking/weights.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Feature feature : Feature.values()) {
                assertThat(json).contains("\"" + feature.key() + "\"");
            }
        }
        assertThat(model.version()).isNotBlank();
    }

    @Test
    void unknownFeatureKeysAreRejected() {
        String json = "{\"version\":\"x\",\"bias\":0,\"weights\":{\"noSuchFeature\":1}}";
        assertThatThrownBy(() -> WeightsFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("noSuchFeature");
    }
}
