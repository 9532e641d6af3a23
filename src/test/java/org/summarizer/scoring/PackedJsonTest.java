package org.summarizer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PackedJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return PackedJson.read(parser);
        }
    }

    @Test
    void numberArraysArePackedWithTheParsersValues() throws IOException {
        JsonNode node = read("{\"a\": [1, -1, 0.16666667, 2.5e-3], \"b\": {\"c\": [7]}, \"s\": \"x\", \"n\": 3}");
        assertThat(PackedJson.numbers(node.get("a"))).containsExactly(1, -1, 0.16666667, 2.5e-3);
        assertThat(PackedJson.numbers(node.path("b").get("c"))).containsExactly(7);
        assertThat(node.get("s").asText()).isEqualTo("x");
        assertThat(node.get("n").intValue()).isEqualTo(3);
        assertThat(PackedJson.numbers(node.get("n"))).isNull();
    }

    @Test
    void otherArraysStayNodesInOrder() throws IOException {
        JsonNode node = read("{\"empty\": [], \"mixed\": [1, 2, \"three\", {\"x\": [4]}], \"words\": [\"a\", \"b\"]}");
        assertThat(node.get("empty").isArray()).isTrue();
        assertThat(node.get("empty").size()).isZero();
        JsonNode mixed = node.get("mixed");
        assertThat(mixed.isArray()).isTrue();
        assertThat(mixed.size()).isEqualTo(4);
        assertThat(mixed.get(0).doubleValue()).isEqualTo(1);
        assertThat(mixed.get(1).doubleValue()).isEqualTo(2);
        assertThat(mixed.get(2).asText()).isEqualTo("three");
        assertThat(PackedJson.numbers(mixed.get(3).get("x"))).containsExactly(4);
        assertThat(node.get("words").get(1).asText()).isEqualTo("b");
    }
}
