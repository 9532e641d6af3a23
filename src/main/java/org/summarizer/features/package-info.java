/**
 * Stage "features", after annotation: {@link org.summarizer.features.FeatureExtractor} turns an annotated
 * {@link org.summarizer.document.Document} into a {@link org.summarizer.features.FeaturedDocument}: TF-IDF sentence
 * vectors, graph centralities (TextRank, LexRank) and one normalized {@link org.summarizer.features.FeatureVector}
 * per sentence. Pure and deterministic; depends only on {@code document}.
 */
package org.summarizer.features;
