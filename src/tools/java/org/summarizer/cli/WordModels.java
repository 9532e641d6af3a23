package org.summarizer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.summarizer.document.Document;
import org.summarizer.eval.Article;
import org.summarizer.features.WordContext;
import org.summarizer.features.WordFeature;
import org.summarizer.features.WordModel;
import org.summarizer.features.WordPriors;
import org.summarizer.training.WordModelTrainer;

/**
 * The word models of one training run, cross-fitted: the training articles fall into two folds by id, and an
 * article's sentence features come from the model trained on the other fold, so that its own reference does not
 * leak into its features (as the word priors leave its own counts out); the model that ships, and that scores the
 * held-out part, is trained on both folds.
 *
 * @param folds   per fold, the model trained on the other fold
 * @param all     the model trained on every training article
 * @param section the model file's {@code wordModel} section of {@code all}, or {@code null} without a word model
 */
record WordModels(List<WordModel> folds, WordModel all, ObjectNode section) {

    /** No word model. */
    static final WordModels NONE = new WordModels(List.of(WordModel.NONE, WordModel.NONE), WordModel.NONE, null);

    /** The word model for a training article's features: the one not trained on it. */
    WordModel notTrainedOn(Article article) {
        return folds.get(fold(article));
    }

    /**
     * Trains the word models on the training part of each split (paragraphed, titled), the article's own counts
     * left out of its priors.
     *
     * @param weight each split's article weight
     */
    static WordModels train(
            List<TrainingSplit> splits,
            ToDoubleFunction<TrainingSplit> weight,
            WordPriors priors,
            WordModelTrainer.Settings settings,
            PrintWriter out) {
        List<List<WordModelTrainer.Row>> byFold = List.of(new ArrayList<>(), new ArrayList<>());
        for (TrainingSplit split : splits) {
            float w = (float) weight.applyAsDouble(split);
            if (w == 0) {
                continue;
            }
            for (int i = 0; i < split.cut(); i++) {
                Article article = split.paragraphs().articles().get(i);
                Document document = split.paragraphs().documents().get(i);
                Set<String> reference = WordPriors.words(article.reference());
                WordPriors.Self self = new WordPriors.Self(WordPriors.words(article.text()), reference, w);
                List<WordModelTrainer.Row> rows = byFold.get(fold(article));
                WordContext.rows(document, WordContext.sentenceWords(document), priors, self)
                        .forEach((word, row) ->
                                rows.add(new WordModelTrainer.Row(floats(row), reference.contains(word), w)));
            }
        }
        out.printf(
                "Word model: %d + %d words in two folds%n",
                byFold.get(0).size(), byFold.get(1).size());
        out.flush();
        WordModelTrainer trainer = new WordModelTrainer(settings);
        WordModel first = trainer.train(byFold.get(1)).model();
        WordModel second = trainer.train(byFold.get(0)).model();
        List<WordModelTrainer.Row> every = new ArrayList<>(byFold.get(0));
        every.addAll(byFold.get(1));
        WordModelTrainer.Trained all = trainer.train(every);
        return new WordModels(List.of(first, second), all.model(), all.section());
    }

    private static int fold(Article article) {
        return Math.floorMod(article.id().hashCode() * 0x9E3779B9, 2);
    }

    private static float[] floats(double[] row) {
        float[] x = new float[WordFeature.values().length];
        for (int c = 0; c < x.length; c++) {
            x[c] = (float) row[c];
        }
        return x;
    }
}
