package org.summarizer.features;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * Describes each distinct word of an article by its {@link WordFeature}s, the rows a {@link WordModel} reads and a
 * word model is trained on. Stateless.
 */
public final class WordContext {

    /** The value of a word feature that does not exist for the word, below every real value. */
    public static final double MISSING = -1;

    private static final int FIRST_INDEX_CAP = 30;

    private WordContext() {}

    /** Each sentence's {@link WordPriors#words}, in document order. */
    public static List<Set<String>> sentenceWords(Document document) {
        return PriorMass.words(document);
    }

    /**
     * Each distinct word of the document and its row, indexed by {@link WordFeature#ordinal()}, by the sentence
     * that first holds the word.
     *
     * @param sentenceWords each sentence's {@link WordPriors#words}, in document order
     * @param self          a training article's own counts to leave out of the priors, or {@code null}
     */
    public static Map<String, double[]> rows(
            Document document, List<Set<String>> sentenceWords, WordPriors priors, WordPriors.Self self) {
        int n = sentenceWords.size();
        Map<String, int[]> capitals = capitals(document);
        Set<String> title = document.hasTitle() ? WordPriors.words(titleText(document)) : Set.of();
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (String word : sentenceWords.get(i)) {
                double[] row = rows.get(word);
                if (row == null) {
                    row = new double[WordFeature.values().length];
                    double prior = priors.prior(word, self);
                    row[WordFeature.PRIOR.ordinal()] = prior < 0 ? MISSING : prior;
                    row[WordFeature.FIRST_RELATIVE.ordinal()] = (double) i / n;
                    row[WordFeature.FIRST_INDEX.ordinal()] = Math.min(i, FIRST_INDEX_CAP);
                    row[WordFeature.IN_TITLE.ordinal()] =
                            document.hasTitle() ? (title.contains(word) ? 1 : 0) : MISSING;
                    int[] c = capitals.get(word);
                    row[WordFeature.CAPITALIZED.ordinal()] = c == null ? MISSING : (double) c[1] / c[0];
                    row[WordFeature.DIGIT.ordinal()] = word.chars().anyMatch(Character::isDigit) ? 1 : 0;
                    row[WordFeature.LENGTH.ordinal()] = word.length();
                    row[WordFeature.DOC_SENTENCES.ordinal()] = Math.log1p(n);
                    rows.put(word, row);
                }
                row[WordFeature.SENTENCES.ordinal()]++;
                if (i == 0) {
                    row[WordFeature.IN_FIRST.ordinal()] = 1;
                }
                if (i < 3) {
                    row[WordFeature.IN_LEAD.ordinal()]++;
                }
            }
        }
        for (double[] row : rows.values()) {
            double sentences = row[WordFeature.SENTENCES.ordinal()];
            row[WordFeature.SENTENCE_SHARE.ordinal()] = sentences / n;
            row[WordFeature.SENTENCES.ordinal()] = Math.log1p(sentences);
        }
        return rows;
    }

    /** Per word, its occurrences after a sentence's first token and how many of them start with a capital. */
    private static Map<String, int[]> capitals(Document document) {
        Map<String, int[]> capitals = new HashMap<>();
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int t = 1; t < tokens.size(); t++) {
                String text = tokens.get(t).text();
                if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
                    continue;
                }
                boolean capital = Character.isUpperCase(text.charAt(0));
                for (String word : WordPriors.words(text)) {
                    int[] c = capitals.computeIfAbsent(word, w -> new int[2]);
                    c[0]++;
                    if (capital) {
                        c[1]++;
                    }
                }
            }
        }
        return capitals;
    }

    private static String titleText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Token token : document.titleTokens()) {
            text.append(token.text()).append(' ');
        }
        return text.toString();
    }
}
