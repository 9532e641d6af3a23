package org.summarizer.document;

/**
 * Turns raw text into an annotated {@link Document}: sentence splitting, tokens with lemma, part of speech and
 * named-entity class, paragraph structure. Implementations are built once and shared; they must be safe to call from
 * several threads at once.
 */
public interface DocumentAnnotator {

    /**
     * Annotates an article.
     *
     * @param text  the article, paragraphs separated by line breaks; not blank
     * @param title the headline, or {@code null}; it is annotated separately and never becomes a sentence
     * @return the annotated document, whose offsets point into {@code text}
     */
    Document annotate(String text, String title);
}
