package org.summarizer.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.WordFeature;
import org.summarizer.features.WordModel;
import org.summarizer.features.WordPriors;
import org.summarizer.testing.Models;

class TreeModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two trees: a stump on position and a depth-2 tree on centroid, then quote. */
    private static ObjectNode twoTrees() {
        ObjectNode file = Models.emptyFile(-1.0);
        Models.addStump(file, Feature.POSITION, 0.5, -0.5, 1.5);
        Models.addTree(
                file,
                new Feature[] {Feature.CENTROID, null, Feature.QUOTE, null, null},
                new double[] {0.3, 0, 0.5, 0, 0},
                new int[] {1, -1, 3, -1, -1},
                new int[] {2, -1, 4, -1, -1},
                new double[] {0.1, -0.4, 0.35, 0.6, 0.1});
        return file;
    }

    private static FeatureVector vector(Map<Feature, Double> values) {
        return FeatureVector.of(new EnumMap<>(values));
    }

    @Test
    void marginIsTheBaseMarginPlusEachTreesLeaf() {
        TreeModel model = Models.read(twoTrees());
        FeatureVector lead = vector(Map.of(Feature.POSITION, 1.0, Feature.CENTROID, 0.8));
        FeatureVector late = vector(Map.of(Feature.POSITION, 0.1, Feature.CENTROID, 0.8, Feature.QUOTE, 1.0));
        assertThat(model.margin(lead)).isCloseTo(-1.0 + 1.5 + 0.6, within(1e-12));
        assertThat(model.margin(late)).isCloseTo(-1.0 - 0.5 + 0.1, within(1e-12));
        assertThat(model.score(lead)).isCloseTo(1 / (1 + Math.exp(-1.1)), within(1e-12));
    }

    @Test
    void thresholdsCompareAsFloatsLikeTheTrainer() {
        ObjectNode file = Models.emptyFile(0);
        Models.addStump(file, Feature.CENTROID, 0.1f, -1, 1); // the float nearest 0.1 is slightly above 0.1
        TreeModel model = Models.read(file);
        // 0.1 as a double is below (double) 0.1f, but equal to it once cast to float: it goes right, as in XGBoost.
        assertThat(0.1 < (double) 0.1f).isTrue();
        assertThat(model.margin(vector(Map.of(Feature.CENTROID, 0.1)))).isEqualTo(1.0);
        assertThat(model.margin(vector(Map.of(Feature.CENTROID, 0.0999)))).isEqualTo(-1.0);
    }

    @Test
    void explanationsSumToTheMarginAndNameOnlyTheSplitFeatures() {
        TreeModel model = Models.read(twoTrees());
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double[] values = new double[Feature.values().length];
            for (int f = 0; f < values.length; f++) {
                values[f] = random.nextDouble();
            }
            FeatureVector x = FeatureVector.of(values);
            TreeModel.Attribution attribution = model.explain(x);
            double sum = attribution.bias();
            for (Feature feature : Feature.values()) {
                sum += attribution.of(feature);
                if (feature != Feature.POSITION && feature != Feature.CENTROID && feature != Feature.QUOTE) {
                    assertThat(attribution.of(feature)).isZero();
                }
            }
            assertThat(sum).isCloseTo(model.margin(x), within(1e-12));
            assertThat(attribution.bias()).isCloseTo(-1.0 + 0.5 + 0.1, within(1e-12));
        }
    }

    @Test
    void featureOrderInTheFileMayDifferFromTheCode() {
        ObjectNode file = Models.emptyFile(0);
        ArrayNode features = (ArrayNode) file.get("features");
        // Swap the first two names: index 0 now means "position", and the stump below tests index 0.
        features.set(0, file.textNode(Feature.POSITION.key()));
        features.set(1, file.textNode(Feature.FIRST_SENTENCE.key()));
        Models.addStump(file, Feature.FIRST_SENTENCE, 0.5, -1, 1);
        TreeModel model = Models.read(file);
        assertThat(model.margin(vector(Map.of(Feature.POSITION, 1.0)))).isEqualTo(1.0);
        assertThat(model.margin(vector(Map.of(Feature.FIRST_SENTENCE, 1.0)))).isEqualTo(-1.0);
    }

    @Test
    void unknownMissingOrRepeatedFeaturesAreRejected() {
        ObjectNode unknown = twoTrees();
        ((ArrayNode) unknown.get("features")).add("sentiment");
        assertThatThrownBy(() -> Models.read(unknown)).hasMessageContaining("unknown feature 'sentiment'");

        ObjectNode missing = twoTrees();
        Feature last = Feature.values()[Feature.values().length - 1];
        ((ArrayNode) missing.get("features")).remove(Feature.values().length - 1);
        assertThatThrownBy(() -> Models.read(missing)).hasMessageContaining("'" + last.key() + "' is missing");

        ObjectNode repeated = twoTrees();
        ((ArrayNode) repeated.get("features")).set(1, repeated.textNode(Feature.FIRST_SENTENCE.key()));
        assertThatThrownBy(() -> Models.read(repeated)).hasMessageContaining("listed twice");
    }

    /** A {@code wordPriors} object of the given words with their counts in thousandths of an article. */
    private static ObjectNode priors(String[] words, long[] articles, long[] inReference) {
        ObjectNode priors = JSON.createObjectNode().put("base", 0.25).put("smoothing", 5.0);
        ArrayNode wordList = priors.putArray("words");
        for (String word : words) {
            wordList.add(word);
        }
        ArrayNode articleList = priors.putArray("articles");
        for (long count : articles) {
            articleList.add(count);
        }
        ArrayNode referenceList = priors.putArray("inReference");
        for (long count : inReference) {
            referenceList.add(count);
        }
        return priors;
    }

    @Test
    void wordPriorsAreReadInThousandthsAndTreesOnThemNeedThem() {
        ObjectNode file = twoTrees();
        file.set("wordPriors", priors(new String[] {"gunman", "fled"}, new long[] {10_000, 4_125}, new long[] {8_000, 0
        }));
        TreeModel model = Models.read(file);
        assertThat(model.wordPriors().base()).isEqualTo(0.25);
        assertThat(model.wordPriors().smoothing()).isEqualTo(5.0);
        assertThat(model.wordPriors().counts())
                .containsOnly(
                        Map.entry("gunman", new WordPriors.Counts(10.0, 8.0)),
                        Map.entry("fled", new WordPriors.Counts(4.125, 0)));
        assertThat(Models.read(twoTrees()).wordPriors().isEmpty()).isTrue();

        ObjectNode onPriors = Models.emptyFile(0);
        Models.addStump(onPriors, Feature.WORD_PRIOR, 0.5, -1, 1);
        assertThatThrownBy(() -> Models.read(onPriors)).hasMessageContaining("no wordPriors");
        ObjectNode moreInReference = twoTrees();
        moreInReference.set("wordPriors", priors(new String[] {"gunman"}, new long[] {2_000}, new long[] {3_000}));
        assertThatThrownBy(() -> Models.read(moreInReference))
                .hasMessageContaining("wordPriors word 'gunman'")
                .hasMessageContaining("inReference <= articles");
    }

    /** A {@code wordModel} section: one stump on the word's prior (file index 0), features in reverse order. */
    private static ObjectNode wordModel() {
        ObjectNode section = JSON.createObjectNode();
        ArrayNode features = section.putArray("features");
        WordFeature[] all = WordFeature.values();
        for (int i = all.length - 1; i >= 0; i--) {
            features.add(all[i].key());
        }
        section.put("baseMargin", -1.0);
        ObjectNode stump = section.putArray("trees").addObject();
        stump.putArray("feature")
                .add(all.length - 1 - WordFeature.PRIOR.ordinal())
                .add(0)
                .add(0);
        stump.putArray("threshold").add(0.5f).add(0).add(0);
        stump.putArray("left").add(1).add(-1).add(-1);
        stump.putArray("right").add(2).add(-1).add(-1);
        stump.putArray("value").add(0.0).add(-2.0).add(3.0);
        return section;
    }

    @Test
    void aWordModelIsReadWithItsFeaturesInAnyOrderAndNeedsTheWordPriors() {
        ObjectNode file = twoTrees();
        file.set("wordPriors", priors(new String[] {"gunman"}, new long[] {10_000}, new long[] {8_000}));
        file.set("wordModel", wordModel());
        TreeModel model = Models.read(file);
        double[] row = new double[WordFeature.values().length];
        row[WordFeature.PRIOR.ordinal()] = 0.75;
        assertThat(model.wordModel().probability(row)).isCloseTo(1 / (1 + Math.exp(-2.0)), within(1e-12));
        row[WordFeature.PRIOR.ordinal()] = 0.25;
        assertThat(model.wordModel().probability(row)).isCloseTo(1 / (1 + Math.exp(3.0)), within(1e-12));
        assertThat(model.nodes()).isEqualTo(Models.read(twoTrees()).nodes() + 3);
        assertThat(Models.read(twoTrees()).wordModel()).isSameAs(WordModel.NONE);

        ObjectNode withoutPriors = twoTrees();
        withoutPriors.set("wordModel", wordModel());
        assertThatThrownBy(() -> Models.read(withoutPriors)).hasMessageContaining("needs the wordPriors");
        ObjectNode onSalience = Models.emptyFile(0);
        Models.addStump(onSalience, Feature.WORD_SALIENCE_SUM, 0.5, -1, 1);
        onSalience.set("wordPriors", priors(new String[] {"gunman"}, new long[] {10_000}, new long[] {8_000}));
        assertThatThrownBy(() -> Models.read(onSalience)).hasMessageContaining("no wordModel");
        ObjectNode unknown = file.deepCopy();
        ((ArrayNode) unknown.path("wordModel").path("features"))
                .set(0, JSON.getNodeFactory().textNode("rank"));
        assertThatThrownBy(() -> Models.read(unknown)).hasMessageContaining("unknown word feature 'rank'");
        ObjectNode missing = file.deepCopy();
        ((ArrayNode) missing.path("wordModel").path("features")).remove(0);
        assertThatThrownBy(() -> Models.read(missing)).hasMessageContaining("is missing from the model");
        ObjectNode noTrees = file.deepCopy();
        ((ObjectNode) noTrees.path("wordModel")).remove("trees");
        assertThatThrownBy(() -> Models.read(noTrees)).hasMessageContaining("wordModel.trees is missing");
    }

    @Test
    void wordPriorsAreStreamedStrictlyWhereverTheyStandInTheFile() {
        // wordPriors first, so the fields after a bad entry must still be read for the right message to win
        ObjectNode good = JSON.createObjectNode();
        good.set("wordPriors", priors(new String[] {"gunman"}, new long[] {4_000}, new long[] {3_500}));
        ((ObjectNode) good.get("wordPriors")).put("ignored", "x");
        good.setAll(twoTrees());
        assertThat(Models.read(good).wordPriors().counts())
                .containsExactly(Map.entry("gunman", new WordPriors.Counts(4, 3.5)));

        ObjectNode decimal = good.deepCopy();
        ((ArrayNode) decimal.path("wordPriors").path("articles")).set(0, 4.5);
        assertThatThrownBy(() -> Models.read(decimal))
                .hasMessageContaining("wordPriors.articles must be a list of whole numbers");
        ObjectNode notAWord = good.deepCopy();
        ((ArrayNode) notAWord.path("wordPriors").path("words")).add(7);
        assertThatThrownBy(() -> Models.read(notAWord))
                .hasMessageContaining("wordPriors.words must be a list of words");
        ObjectNode shorter = good.deepCopy();
        ((ArrayNode) shorter.path("wordPriors").path("words")).add("fled");
        assertThatThrownBy(() -> Models.read(shorter))
                .hasMessageContaining("2 words but 1 articles and 1 inReference counts");
        ObjectNode twice = good.deepCopy();
        ObjectNode twicePriors = (ObjectNode) twice.path("wordPriors");
        ((ArrayNode) twicePriors.path("words")).add("gunman");
        ((ArrayNode) twicePriors.path("articles")).add(1_000);
        ((ArrayNode) twicePriors.path("inReference")).add(0);
        assertThatThrownBy(() -> Models.read(twice)).hasMessageContaining("'gunman' is listed twice");
        ObjectNode noBase = good.deepCopy();
        ((ObjectNode) noBase.path("wordPriors")).remove("base");
        assertThatThrownBy(() -> Models.read(noBase)).hasMessageContaining("wordPriors needs base and smoothing");
        ObjectNode noCounts = good.deepCopy();
        ((ObjectNode) noCounts.path("wordPriors")).remove("inReference");
        assertThatThrownBy(() -> Models.read(noCounts))
                .hasMessageContaining("wordPriors needs words, articles and inReference");
        // a problem with the trees' margin is reported before one in the word priors, as for a file read whole
        ObjectNode both = decimal.deepCopy();
        both.remove("baseMargin");
        assertThatThrownBy(() -> Models.read(both)).hasMessageContaining("baseMargin is missing");
        ObjectNode nullPriors = twoTrees();
        nullPriors.putNull("wordPriors");
        assertThat(Models.read(nullPriors).wordPriors().isEmpty()).isTrue();
    }

    @Test
    void malformedTreesAndFilesAreRejected() {
        ObjectNode cycle = Models.emptyFile(0);
        Models.addTree(
                cycle,
                new Feature[] {Feature.POSITION, Feature.POSITION, null},
                new double[] {0.5, 0.5, 0},
                new int[] {1, 0, -1},
                new int[] {2, 2, -1},
                new double[] {0, 0, 0});
        assertThatThrownBy(() -> Models.read(cycle)).hasMessageContaining("out of order");

        ObjectNode oneChild = Models.emptyFile(0);
        Models.addTree(
                oneChild,
                new Feature[] {Feature.POSITION, null},
                new double[] {0.5, 0},
                new int[] {1, -1},
                new int[] {-1, -1},
                new double[] {0, 0});
        assertThatThrownBy(() -> Models.read(oneChild)).hasMessageContaining("exactly one child");

        assertThatThrownBy(() -> Models.read(Models.emptyFile(0))).hasMessageContaining("at least one tree");

        ObjectNode future = twoTrees();
        future.put("formatVersion", TreeModelFile.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> Models.read(future))
                .hasMessageContaining("format version " + (TreeModelFile.FORMAT_VERSION + 1));

        ObjectNode other = twoTrees();
        other.put("format", "xgboost");
        assertThatThrownBy(() -> Models.read(other)).hasMessageContaining("not a 'summarizer-trees' file");

        ObjectNode textInTree = twoTrees();
        ((ArrayNode) textInTree.path("trees").get(1).path("left")).set(0, "one");
        assertThatThrownBy(() -> Models.read(textInTree))
                .hasMessageContaining("trees[1].left must be a list of numbers, got one");
        // the format is checked first, wherever in the file a malformed value is
        textInTree.put("format", "xgboost");
        assertThatThrownBy(() -> Models.read(textInTree)).hasMessageContaining("not a 'summarizer-trees' file");
    }

    @Test
    void aMissingResourceNamesItself() {
        assertThatThrownBy(() -> TreeModelFile.readResource("ranking/no-such-model.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ranking/no-such-model.json");
    }

    @Test
    void theShippedModelLoadsWithItsProvenance() {
        TreeModel model = TreeModelFile.readResource("ranking/model.json");
        assertThat(model.trees()).hasSizeGreaterThan(10);
        assertThat(model.version()).isNotEqualTo("unversioned");
        assertThat(model.trainingData()).contains("cnn_train.jsonl sha256:").contains("dm_train.jsonl sha256:");
        // the shipped ranker uses the word priors learned with it
        assertThat(model.wordPriors().isEmpty()).isFalse();
        assertThat(model.wordPriors().smoothing()).isEqualTo(5.0);
        assertThat(model.wordPriors().counts()).containsKey("police");
        // and the word model trained with them
        assertThat(model.wordModel()).isInstanceOf(TreeWordModel.class);
    }
}
