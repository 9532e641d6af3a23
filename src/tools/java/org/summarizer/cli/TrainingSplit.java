package org.summarizer.cli;

import org.summarizer.eval.Corpus;

/**
 * One training file, annotated both ways, split into its training part (the first {@code cut} articles) and its
 * held-out part (the rest).
 *
 * @param name       the file's name without extension, as {@code --share} names it
 * @param paragraphs the articles with their paragraphs
 * @param flat       the same articles with their paragraphs joined into one line
 * @param cut        how many of the first articles are trained on
 */
record TrainingSplit(String name, Corpus paragraphs, Corpus flat, int cut) {}
