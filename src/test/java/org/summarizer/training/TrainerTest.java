package org.summarizer.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.features.WordPriors;
import org.summarizer.scoring.TreeModel;
import org.summarizer.testing.SimpleAnnotator;

/** XGBoost on a tiny synthetic corpus whose references always repeat the sentence that mentions "harbor". */
class TrainerTest {

    private static final String[] FILLER = {
        "Rain fell on the valley overnight.",
        "A bakery handed out bread to neighbours.",
        "Traffic was slow near the old station.",
        "Schools opened an hour late on Monday.",
        "The weather service expects sun by Friday."
    };

    private static List<Trainer.Example> corpus(int articles) {
        SimpleAnnotator annotator = new SimpleAnnotator();
        FeatureExtractor extractor = new FeatureExtractor();
        List<Trainer.Example> examples = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            List<String> lines = new ArrayList<>(List.of(FILLER));
            String key = "The harbor board approved plan number " + a + " for the harbor expansion.";
            lines.add(a % FILLER.length, key);
            Document document = annotator.annotate(String.join("\n", lines), null);
            FeaturedDocument featured = extractor.extract(document);
            List<String> sentences =
                    document.sentences().stream().map(s -> s.text()).toList();
            examples.add(new Trainer.Example(featured, sentences, List.of(key), 1.0));
        }
        return examples;
    }

    private static Trainer.Settings settings(Set<Feature> excluded) {
        return new Trainer.Settings(
                new Trainer.Trees("binary:logistic", 20, 3, 0.3, 1.0, 0, 1),
                new Trainer.Labels(1, false, 1),
                excluded,
                Set.of(Feature.TITLE_OVERLAP));
    }

    @Test
    void learnsToRankTheOracleSentenceFirstAndExportsTreesThatMatchXgboost() {
        List<Trainer.Example> train = corpus(40);
        // train() itself fails if the exported trees disagree with XGBoost's margins on any row
        Trainer.Trained trained = new Trainer(settings(Set.of())).train(train, "test", "synthetic");
        TreeModel model = trained.model();
        assertThat(model.trees()).hasSize(20);
        for (Trainer.Example example : corpus(10)) {
            FeaturedDocument document = example.document();
            int best = 0;
            for (int s = 1; s < document.size(); s++) {
                if (model.margin(document.features().get(s))
                        > model.margin(document.features().get(best))) {
                    best = s;
                }
            }
            assertThat(document.document().sentences().get(best).text()).contains("harbor");
        }
        assertThat(trained.file().get("features")).hasSize(Feature.values().length);
        assertThat(trained.file().get("format").asText()).isEqualTo("summarizer-trees");
    }

    @Test
    void excludedFeaturesAreNeverSplitOn() {
        Set<Feature> excluded = Set.of(Feature.LENGTH, Feature.NUMBER, Feature.CENTROID);
        Trainer.Trained trained = new Trainer(settings(excluded)).train(corpus(40), "test", "synthetic");
        for (var tree : trained.file().get("trees")) {
            for (int node = 0; node < tree.get("left").size(); node++) {
                if (tree.get("left").get(node).asInt() != -1) {
                    int feature = tree.get("feature").get(node).asInt();
                    assertThat(excluded).doesNotContain(Feature.values()[feature]);
                }
            }
        }
    }

    @Test
    void theWordPriorsGoIntoTheFileAndComeBackWithTheModel() {
        WordPriors priors = new WordPriors(
                Map.of("harbor", new WordPriors.Counts(40, 40), "rain", new WordPriors.Counts(40, 0.5)), 0.2, 5);
        Trainer.Trained trained = new Trainer(settings(Set.of())).train(corpus(40), "test", "synthetic", priors);
        assertThat(trained.file().get("wordPriors").get("smoothing").asDouble()).isEqualTo(5.0);
        assertThat(trained.file().get("wordPriors").get("words"))
                .extracting(JsonNode::asText)
                .containsExactly("harbor", "rain");
        assertThat(trained.file().get("wordPriors").get("inReference"))
                .extracting(JsonNode::asLong)
                .containsExactly(40_000L, 500L);
        assertThat(trained.model().wordPriors().counts().get("rain")).isEqualTo(new WordPriors.Counts(40.0, 0.5));
        assertThat(trained.model().wordPriors().base()).isEqualTo(0.2);
        // without priors the file has no wordPriors object and the model none
        Trainer.Trained without = new Trainer(settings(Set.of())).train(corpus(40), "test", "synthetic");
        assertThat(without.file().has("wordPriors")).isFalse();
        assertThat(without.model().wordPriors().isEmpty()).isTrue();
    }
}
