/**
 * Offline training of the {@code features} ranker: gradient-boosted trees (XGBoost) on CoreNLP features with labels
 * from the greedy ROUGE oracle, exported to the service's plain-Java tree format and checked against XGBoost's own
 * predictions.
 */
package org.summarizer.training;
