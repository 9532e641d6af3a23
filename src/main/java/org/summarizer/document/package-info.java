/**
 * The annotated article as immutable records: {@link org.summarizer.document.Document}, its
 * {@link org.summarizer.document.Sentence}s and their {@link org.summarizer.document.Token}s, with character offsets
 * into the submitted text. Produced by the {@code nlp} adapter, read by every ranking stage; nothing here depends on
 * CoreNLP, so ranking code is tested on hand-built documents.
 */
package org.summarizer.document;
