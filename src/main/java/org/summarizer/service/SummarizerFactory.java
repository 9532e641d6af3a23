package org.summarizer.service;

import org.summarizer.config.SummarizerConfig;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.summary.Summarizer;

/**
 * Builds the configured summarizer (model, selector, trigram blocking) from {@code summarizer.*}: the one place both
 * the service and the offline tools get it from, so an evaluation scores what the service serves.
 */
public final class SummarizerFactory {

    private SummarizerFactory() {}

    /**
     * The summarizer with the configured model.
     *
     * @throws IllegalStateException naming {@code summarizer.ranking.model} when the model is missing or invalid
     */
    public static Summarizer create(SummarizerConfig config) {
        return create(config, model(config.ranking().model()));
    }

    /** The configured summarizer with another model (an evaluation of a freshly trained one). */
    public static Summarizer create(SummarizerConfig config, TreeModel model) {
        return new Summarizer(
                model,
                new SentenceSelector(
                        config.defaults().sentences(), config.ranking().duplicateThreshold()),
                config.ranking().trigramBlocking());
    }

    private static TreeModel model(String resource) {
        try {
            return TreeModelFile.readResource(resource);
        } catch (RuntimeException e) {
            throw new IllegalStateException("summarizer.ranking.model: " + e.getMessage(), e);
        }
    }
}
