package org.summarizer.nlp;

import java.util.Map;

/**
 * Maps the Universal Dependencies part-of-speech tags that CoreNLP's Spanish, German and French taggers emit
 * ({@code NOUN}, {@code PROPN}, {@code VERB}, ...) to the Penn Treebank classes the English tagger emits and the
 * features test ({@code NN}, {@code NNP}, {@code VB}, {@code JJ}, {@code CD}, ...), so the features and the learned
 * ranker read every language alike. Auxiliaries map to {@code MD}, not {@code VB}: English "be"/"have" are tagged
 * {@code VB*} but dropped as light words, and the UD taggers tell auxiliaries apart themselves. A tag that is already
 * a Penn tag, or unknown, is kept as it is.
 */
public final class UniversalTags {

    private static final Map<String, String> TO_PENN = Map.ofEntries(
            Map.entry("NOUN", "NN"),
            Map.entry("PROPN", "NNP"),
            Map.entry("VERB", "VB"),
            Map.entry("AUX", "MD"),
            Map.entry("ADJ", "JJ"),
            Map.entry("NUM", "CD"),
            Map.entry("ADV", "RB"),
            Map.entry("PRON", "PRP"),
            Map.entry("DET", "DT"),
            Map.entry("ADP", "IN"),
            Map.entry("SCONJ", "IN"),
            Map.entry("CCONJ", "CC"),
            Map.entry("PART", "RP"),
            Map.entry("INTJ", "UH"),
            Map.entry("SYM", "SYM"),
            Map.entry("PUNCT", "."),
            Map.entry("X", "FW"));

    private UniversalTags() {}

    /** The Penn Treebank class of a universal tag ({@code PROPN} -> {@code NNP}); any other tag unchanged. */
    public static String toPenn(String tag) {
        return TO_PENN.getOrDefault(tag, tag);
    }
}
