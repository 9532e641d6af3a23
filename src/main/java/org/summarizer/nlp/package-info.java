/**
 * The CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. It builds the lean
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline once and turns its annotations into our own immutable
 * {@link org.summarizer.document.Document} records.
 */
package org.summarizer.nlp;
