package org.summarizer.service;

import org.summarizer.document.DocumentAnnotator;
import org.summarizer.language.Language;

/** Builds the document annotator; separated from {@link ModelLoader} so tests can supply one without models. */
public interface AnnotatorFactory {

    /**
     * Checks cheaply, before anything is loaded, that the annotator can be built (e.g. its model files exist).
     *
     * @throws IllegalStateException naming what is missing and the setting that asks for it
     */
    void validate();

    /** Builds the English annotator; may take seconds. */
    DocumentAnnotator create();

    /**
     * Checks cheaply, as {@link #validate()} does, that the annotator of {@code language} can be built.
     *
     * @throws IllegalStateException naming what is missing, or when there is no annotator for the language
     */
    default void validate(Language language) {
        if (language != Language.ENGLISH) {
            throw new IllegalStateException(
                    "No annotator for " + language.label() + " in " + getClass().getName());
        }
        validate();
    }

    /** Builds the annotator of {@code language}; by default English only. */
    default DocumentAnnotator create(Language language) {
        validate(language);
        return create();
    }
}
