/**
 * Offline training of the {@code features} ranker: logistic regression on CoreNLP features with labels from the
 * greedy ROUGE oracle, written as the versioned weights resource. Pure Java, deterministic, no new dependency.
 */
package org.summarizer.training;
