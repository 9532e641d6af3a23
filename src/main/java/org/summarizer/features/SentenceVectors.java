package org.summarizer.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * TF-IDF vectors of a document's sentences over content-word lemmas, with the sentences as the "documents" of the
 * IDF (no external corpus: the service must not depend on a training collection to rank an article), plus the
 * document centroid and the lemmas of the title. Built once per document and shared by features and graph scorers.
 */
public final class SentenceVectors {

    private final List<SparseVector> vectors;
    private final SparseVector centroid;
    private final SparseVector title;

    private SentenceVectors(List<SparseVector> vectors, SparseVector centroid, SparseVector title) {
        this.vectors = vectors;
        this.centroid = centroid;
        this.title = title;
    }

    /** Computes the vectors of a document. */
    public static SentenceVectors of(Document document) {
        Map<String, Integer> termIds = new HashMap<>();
        List<Map<Integer, Integer>> counts = new ArrayList<>(document.sentenceCount());
        Map<Integer, Integer> documentFrequency = new HashMap<>();
        for (Sentence sentence : document.sentences()) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (Token token : sentence.tokens()) {
                if (ContentWords.isContent(token)) {
                    int id = termIds.computeIfAbsent(ContentWords.key(token), k -> termIds.size());
                    tf.merge(id, 1, Integer::sum);
                }
            }
            for (Integer id : tf.keySet()) {
                documentFrequency.merge(id, 1, Integer::sum);
            }
            counts.add(tf);
        }
        int n = Math.max(1, document.sentenceCount());
        double[] idf = new double[termIds.size()];
        for (Map.Entry<Integer, Integer> e : documentFrequency.entrySet()) {
            // Smoothed so that a term in every sentence still weighs a little, as in scikit-learn's TfidfVectorizer.
            idf[e.getKey()] = Math.log((1.0 + n) / (1.0 + e.getValue())) + 1.0;
        }
        List<SparseVector> vectors = new ArrayList<>(counts.size());
        double[] centroidWeights = new double[termIds.size()];
        for (Map<Integer, Integer> tf : counts) {
            int[] ids = new int[tf.size()];
            double[] weights = new double[tf.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                ids[k] = e.getKey();
                weights[k] = (1 + Math.log(e.getValue())) * idf[e.getKey()];
                centroidWeights[e.getKey()] += e.getValue() * idf[e.getKey()];
                k++;
            }
            vectors.add(SparseVector.normalized(ids, weights));
        }
        int[] allIds = new int[termIds.size()];
        for (int i = 0; i < allIds.length; i++) {
            allIds[i] = i;
        }
        SparseVector centroid = SparseVector.normalized(allIds, centroidWeights);
        Map<Integer, Double> titleTerms = new HashMap<>();
        for (Token token : document.titleTokens()) {
            if (ContentWords.isContent(token)) {
                // Title words absent from the body get an id of their own so that they count as misses.
                int id = termIds.computeIfAbsent(ContentWords.key(token), key -> termIds.size());
                titleTerms.put(id, 1.0);
            }
        }
        int[] titleIds =
                titleTerms.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] titleWeights = new double[titleIds.length];
        java.util.Arrays.fill(titleWeights, 1.0);
        return new SentenceVectors(List.copyOf(vectors), centroid, SparseVector.normalized(titleIds, titleWeights));
    }

    /** The vector of sentence {@code index}. */
    public SparseVector sentence(int index) {
        return vectors.get(index);
    }

    /** The number of sentences. */
    public int size() {
        return vectors.size();
    }

    /** Cosine similarity of two sentences. */
    public double similarity(int a, int b) {
        return vectors.get(a).dot(vectors.get(b));
    }

    /** The normalized TF-IDF centroid of the whole document. */
    public SparseVector centroid() {
        return centroid;
    }

    /** The content lemmas of the title (unweighted), empty without a title. */
    public SparseVector title() {
        return title;
    }
}
