package org.summarizer.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summarizer.features.Feature;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.scoring.LengthPrior;
import org.summarizer.testing.SimpleAnnotator;

/**
 * XGBoost on synthetic articles whose reference is short exactly when the article is paragraphed: the prior must
 * learn that from the document-level features alone.
 */
class LengthPriorTrainerTest {

    private static final String[] LINES = {
        "The harbor board approved the expansion plan on Monday.",
        "Work on the new quay starts in spring.",
        "The project will cost four million pounds.",
        "Fishermen said the plan came too late."
    };

    private static FeaturedDocument article(boolean paragraphed, int extraLines) {
        List<String> lines = new ArrayList<>(List.of(LINES));
        for (int i = 0; i < extraLines; i++) {
            lines.add("Residents met in the town hall for the " + (i + 1) + " time.");
        }
        return new FeatureExtractor()
                .extract(new SimpleAnnotator().annotate(String.join(paragraphed ? "\n" : " ", lines), null));
    }

    private static List<LengthPriorTrainer.Example> corpus() {
        List<LengthPriorTrainer.Example> examples = new ArrayList<>();
        for (int a = 0; a < 60; a++) {
            boolean paragraphed = a % 2 == 0;
            FeaturedDocument document = article(paragraphed, a % 5);
            examples.add(new LengthPriorTrainer.Example(document.features().get(0), paragraphed ? 20 : 60, 1.0));
        }
        return examples;
    }

    private static Trainer.Trained ranker() {
        List<Trainer.Example> examples = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            FeaturedDocument document = article(a % 2 == 0, a % 3);
            List<String> sentences =
                    document.document().sentences().stream().map(s -> s.text()).toList();
            examples.add(new Trainer.Example(document, sentences, List.of(LINES[0]), 1.0));
        }
        Trainer.Settings settings = new Trainer.Settings(
                new Trainer.Trees("binary:logistic", 5, 2, 0.3, 1.0, 0, 1),
                new Trainer.Labels(1, false, 1),
                Set.of(),
                Set.of());
        return new Trainer(settings).train(examples, "test", "synthetic");
    }

    @Test
    void learnsWhichArticlesHaveShortSummariesFromDocumentFeaturesAndShipsItInTheModelFile() {
        LengthPriorTrainer trainer = new LengthPriorTrainer(new LengthPriorTrainer.Settings(1.5, 20, 30, 30, 2, 1));
        // addTo fails if the exported trees disagree with XGBoost's margins on any row
        Trainer.Trained trained = trainer.addTo(ranker(), corpus());
        LengthPrior prior = trained.model().lengthPrior();
        assertThat(prior.strength()).isEqualTo(1.5);
        assertThat(prior.pivotWords()).isEqualTo(20.0);
        assertThat(prior.trees()).hasSize(30);
        FeatureVector paragraphed = article(true, 7).features().get(0);
        FeatureVector flat = article(false, 7).features().get(0);
        assertThat(prior.shortness(paragraphed)).isGreaterThan(0.75); // 30 rounds at eta 0.1 reach about 0.8
        assertThat(prior.shortness(flat)).isLessThan(0.25);
        for (var tree : trained.file().get("lengthPrior").get("trees")) {
            for (int node = 0; node < tree.get("left").size(); node++) {
                if (tree.get("left").get(node).asInt() != -1) {
                    Feature feature =
                            Feature.values()[tree.get("feature").get(node).asInt()];
                    assertThat(feature.documentLevel()).isTrue();
                    assertThat(feature).isNotEqualTo(Feature.DOC_TITLED);
                }
            }
        }
    }
}
