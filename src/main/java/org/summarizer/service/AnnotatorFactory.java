package org.summarizer.service;

import org.summarizer.document.DocumentAnnotator;

/** Builds the document annotator; separated from {@link ModelLoader} so tests can supply one without models. */
public interface AnnotatorFactory {

    /**
     * Checks cheaply, before anything is loaded, that the annotator can be built (e.g. its model files exist).
     *
     * @throws IllegalStateException naming what is missing and the setting that asks for it
     */
    void validate();

    /** Builds the annotator; may take seconds. */
    DocumentAnnotator create();
}
