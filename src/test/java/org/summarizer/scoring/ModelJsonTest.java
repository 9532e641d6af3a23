package org.summarizer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

    private static JsonParser at(String json) throws IOException {
        JsonParser parser = TreeModelFile.parser(json);
        parser.nextToken();
        return parser;
    }

    @Test
    void numbersAreTheParsersDoublesAndTheParserEndsOnTheList() throws IOException {
        try (JsonParser parser = at("[1, -1, 0.16666667, 2.5e-3] 7")) {
            assertThat(ModelJson.numbers(parser, "x")).containsExactly(1, -1, 0.16666667, 2.5e-3);
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
        }
        try (JsonParser parser = at("[]")) {
            assertThat(ModelJson.numbers(parser, "x")).isEmpty();
        }
        // more numbers than the first buffer holds
        try (JsonParser parser = at("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]")) {
            assertThat(ModelJson.numbers(parser, "x")).hasSize(20).endsWith(19);
        }
    }

    @Test
    void aListWithSomethingElseNamesTheFieldAndTheValue() throws IOException {
        try (JsonParser parser = at("[1, \"two\"]")) {
            assertThatThrownBy(() -> ModelJson.numbers(parser, "trees[0].left"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("trees[0].left must be a list of numbers, got two");
        }
        try (JsonParser parser = at("{\"a\": 1}")) {
            assertThatThrownBy(() -> ModelJson.numbers(parser, "value")).hasMessage("value must be a list of numbers");
        }
    }

    @Test
    void treesTakeTheirFiveListsAndSkipTheRest() throws IOException {
        String json = "[{\"feature\": [2, 0, 0], \"threshold\": [0.5, 0, 0], \"left\": [1, -1, -1],"
                + " \"right\": [2, -1, -1], \"value\": [0, -1, 1], \"cover\": [[3]], \"note\": {\"a\": [1]}},"
                + " {\"value\": [4]}]";
        try (JsonParser parser = at(json)) {
            var trees = ModelJson.trees(parser, "trees");
            assertThat(trees).hasSize(2);
            assertThat(trees.get(0).feature()).containsExactly(2, 0, 0);
            assertThat(trees.get(0).left()).containsExactly(1, -1, -1);
            assertThat(trees.get(0).value()).containsExactly(0, -1, 1);
            assertThat(trees.get(1).feature()).isEmpty();
            assertThat(trees.get(1).value()).containsExactly(4);
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(parser.nextToken()).isNull();
        }
        try (JsonParser parser = at("[[1]]")) {
            assertThatThrownBy(() -> ModelJson.trees(parser, "wordModel.trees"))
                    .hasMessage("wordModel.trees[0] must be an object");
        }
    }

    @Test
    void aTreesListBecomesATreeWithTheFilesFeaturesMappedToTheCodes() throws IOException {
        try (JsonParser parser = at("[{\"feature\": [1, 7, 7], \"threshold\": [0.5, 0, 0], \"left\": [1, -1, -1],"
                + " \"right\": [2, -1, -1], \"value\": [0, -1, 1]}]")) {
            // the file's feature 1 is the code's feature 0; leaves' indices are ignored
            RegressionTree tree = ModelJson.trees(parser, "trees").get(0).toTree(new int[] {1, 0}, 2);
            assertThat(tree.output(new double[] {0.4, 9})).isEqualTo(-1);
            assertThat(tree.output(new double[] {0.6, 0})).isEqualTo(1);
        }
    }

    @Test
    void aSectionKeepsItsNumbersFeaturesAndTrees() throws IOException {
        try (JsonParser parser = at("{\"strength\": 0.5, \"name\": \"x\", \"features\": [\"a\", \"b\"],"
                + " \"trees\": [], \"extra\": {\"n\": 1}}")) {
            TreeSection section = ModelJson.section(parser, "lengthPrior");
            assertThat(section.numbers()).containsOnlyKeys("strength").containsEntry("strength", 0.5);
            assertThat(section.features()).containsExactly("a", "b");
            assertThat(section.trees()).isEmpty();
        }
        try (JsonParser parser = at("{\"trees\": 3}")) {
            TreeSection section = ModelJson.section(parser, "wordModel");
            assertThat(section.trees()).isNull();
            assertThat(section.features()).isNull();
        }
        try (JsonParser parser = at("[1]")) {
            assertThat(ModelJson.section(parser, "lengthPrior")).isNull();
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
        }
        try (JsonParser parser = at("{\"features\": [{\"a\": 1}]}")) {
            assertThatThrownBy(() -> ModelJson.section(parser, "wordModel"))
                    .hasMessage("wordModel.features must be a list of names");
        }
    }
}
