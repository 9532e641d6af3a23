package org.summarizer.features;

import java.util.List;
import java.util.Objects;
import org.summarizer.document.Document;

/**
 * The output of the feature stage: the document, its sentence vectors and one feature vector per sentence.
 *
 * @param document the annotated document
 * @param vectors  its TF-IDF sentence vectors, shared with the graph scorers
 * @param features one vector per sentence, in document order
 */
public record FeaturedDocument(Document document, SentenceVectors vectors, List<FeatureVector> features) {

    public FeaturedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(vectors, "vectors");
        features = List.copyOf(features);
        if (features.size() != document.sentenceCount() || vectors.size() != document.sentenceCount()) {
            throw new IllegalArgumentException("one feature vector per sentence expected");
        }
    }

    /** The number of sentences. */
    public int size() {
        return features.size();
    }

    /** One feature's value for every sentence, in document order. */
    public double[] column(Feature feature) {
        double[] values = new double[features.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = features.get(i).get(feature);
        }
        return values;
    }
}
