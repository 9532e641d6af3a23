package org.summarizer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L of a summary against one reference, reproducing ROUGE-1.5.5 run as
 * {@code ROUGE-1.5.5.pl -n 2 -a} (and {@code -m} when stemming) on sentence-per-line input, which is also what
 * Google's rouge_score computes for {@code rouge1}, {@code rouge2} and {@code rougeLsum}.
 *
 * <p>The rules, all taken from ROUGE-1.5.5:
 * <ul>
 *   <li>Tokens are the maximal runs of {@code [a-z0-9]} after lowercasing ASCII letters; every other character,
 *       including hyphens, apostrophes and any non-ASCII character, separates tokens (ROUGE-1.5.5 reads bytes, so
 *       only A-Z is lowercased).</li>
 *   <li>With stemming, each token longer than three characters is first looked up in WordNet's list of irregular
 *       inflections ({@code said} to {@code say}, {@code children} to {@code child}, {@code better} to
 *       {@code good}), as ROUGE-1.5.5's {@code MorphStem} does with its {@code WordNet-2.0.exc.db}; a listed token
 *       becomes its base form, any other goes through {@link PorterStemmer}, ROUGE-1.5.5's own Porter variant.
 *       Without the list, stemmed scores drift from ROUGE-1.5.5 by up to 0.06 F1 on a CNN document.</li>
 *   <li>ROUGE-N counts n-grams over the whole text (they cross sentence boundaries), clipping each n-gram's hits at
 *       the smaller of its two counts. Recall divides by the reference n-gram count, precision by the summary's.</li>
 *   <li>ROUGE-L is summary level: for each reference sentence, the union of the token positions covered by one
 *       LCS with each summary sentence; a covered token is a hit only while both texts still have unused copies of
 *       it, so that no token is credited twice (rouge_score's {@code _summary_level_lcs}).</li>
 *   <li>F1 is the harmonic mean of recall and precision (ROUGE's alpha = 0.5); any empty side gives 0, never NaN.</li>
 * </ul>
 * Values are unrounded; ROUGE-1.5.5 prints five decimals and derives F from the rounded recall and precision, which
 * changes the fifth decimal at most.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Rouge {

    /**
     * One ROUGE measure of one summary.
     *
     * @param recall hits divided by the size of the reference, in [0, 1]
     * @param precision hits divided by the size of the summary, in [0, 1]
     * @param f1 the harmonic mean of recall and precision, 0 when both are 0
     */
    public record Score(double recall, double precision, double f1) {

        /** The score of a summary that shares nothing with its reference. */
        public static final Score ZERO = new Score(0, 0, 0);

        /**
         * Creates a score, rejecting values outside [0, 1] or NaN: they can only come from a counting bug, and must
         * not be averaged into a corpus score unnoticed.
         *
         * @param recall hits divided by the size of the reference
         * @param precision hits divided by the size of the summary
         * @param f1 the harmonic mean of recall and precision
         * @throws IllegalArgumentException if a value is outside [0, 1]
         */
        public Score {
            checkUnit("recall", recall);
            checkUnit("precision", precision);
            checkUnit("f1", f1);
        }

        /**
         * The score for a hit count and the sizes of both sides.
         *
         * @param hits matched units (n-grams or LCS tokens)
         * @param referenceSize units in the reference
         * @param summarySize units in the summary
         * @return the score; {@link #ZERO} when there are no hits or a side is empty
         */
        static Score of(int hits, int referenceSize, int summarySize) {
            if (hits == 0 || referenceSize == 0 || summarySize == 0) {
                return ZERO;
            }
            double recall = (double) hits / referenceSize;
            double precision = (double) hits / summarySize;
            return new Score(recall, precision, 2 * precision * recall / (precision + recall));
        }

        private static void checkUnit(String name, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
            }
        }
    }

    private final boolean stem;

    /**
     * Creates a scorer.
     *
     * @param stem whether to Porter-stem tokens longer than three characters (ROUGE-1.5.5 option {@code -m})
     */
    public Rouge(boolean stem) {
        this.stem = stem;
    }

    /**
     * Whether this scorer stems tokens.
     *
     * @return the {@code stem} flag given to the constructor
     */
    public boolean stems() {
        return stem;
    }

    /**
     * Scores a summary against a reference.
     *
     * @param summarySentences the summary, one sentence per element (sentence boundaries matter for ROUGE-L only)
     * @param referenceSentences the reference, one sentence per element
     * @return ROUGE-1, ROUGE-2 and summary-level ROUGE-L
     */
    public RougeScores score(List<String> summarySentences, List<String> referenceSentences) {
        Objects.requireNonNull(summarySentences, "summarySentences");
        Objects.requireNonNull(referenceSentences, "referenceSentences");
        // Tokens become small integers, local to this call, so that counting can use arrays instead of maps.
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] summary = encode(summarySentences, vocabulary);
        int[][] reference = encode(referenceSentences, vocabulary);
        int[] summaryTokens = concat(summary);
        int[] referenceTokens = concat(reference);
        int[] summaryCounts = counts(summaryTokens, vocabulary.size());
        int[] referenceCounts = counts(referenceTokens, vocabulary.size());

        int unigramHits = 0;
        for (int t = 0; t < summaryCounts.length; t++) {
            unigramHits += Math.min(summaryCounts[t], referenceCounts[t]);
        }
        Score rouge1 = Score.of(unigramHits, referenceTokens.length, summaryTokens.length);
        Score rouge2 = bigramScore(summaryTokens, referenceTokens);
        // The LCS clipping consumes the counts, so it gets its own copies.
        Score rougeLsum = summaryLevelLcs(
                summary,
                reference,
                summaryCounts.clone(),
                referenceCounts.clone(),
                summaryTokens.length,
                referenceTokens.length);
        return new RougeScores(rouge1, rouge2, rougeLsum);
    }

    /**
     * Splits a text into ROUGE tokens the way this scorer does before counting: lowercased {@code [a-z0-9]} runs,
     * stemmed if this scorer stems.
     *
     * @param text any text
     * @return its tokens, possibly none
     */
    public List<String> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                current.append(c);
            } else if (current.length() > 0) {
                tokens.add(finishToken(current));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            tokens.add(finishToken(current));
        }
        return tokens;
    }

    private String finishToken(StringBuilder chars) {
        String token = chars.toString();
        // ROUGE-1.5.5 (and rouge_score) leave tokens of up to three characters unstemmed.
        if (!stem || token.length() <= 3) {
            return token;
        }
        String baseForm = WordNetExceptions.BASE_FORMS.get(token);
        return baseForm != null ? baseForm : PorterStemmer.stem(token);
    }

    private int[][] encode(List<String> sentences, Map<String, Integer> vocabulary) {
        int[][] encoded = new int[sentences.size()][];
        for (int s = 0; s < encoded.length; s++) {
            List<String> tokens = tokenize(Objects.requireNonNull(sentences.get(s), "sentence"));
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = vocabulary.computeIfAbsent(tokens.get(i), key -> vocabulary.size());
            }
            encoded[s] = ids;
        }
        return encoded;
    }

    private static int[] concat(int[][] sentences) {
        int length = 0;
        for (int[] sentence : sentences) {
            length += sentence.length;
        }
        int[] all = new int[length];
        int offset = 0;
        for (int[] sentence : sentences) {
            System.arraycopy(sentence, 0, all, offset, sentence.length);
            offset += sentence.length;
        }
        return all;
    }

    private static int[] counts(int[] tokens, int vocabularySize) {
        int[] counts = new int[vocabularySize];
        for (int token : tokens) {
            counts[token]++;
        }
        return counts;
    }

    /** ROUGE-2: bigrams are packed into longs and the clipped overlap is read off the two sorted arrays. */
    private static Score bigramScore(int[] summaryTokens, int[] referenceTokens) {
        long[] summary = sortedBigrams(summaryTokens);
        long[] reference = sortedBigrams(referenceTokens);
        int hits = 0;
        int i = 0;
        int j = 0;
        while (i < summary.length && j < reference.length) {
            if (summary[i] < reference[j]) {
                i++;
            } else if (summary[i] > reference[j]) {
                j++;
            } else {
                long bigram = summary[i];
                int inSummary = 0;
                while (i < summary.length && summary[i] == bigram) {
                    inSummary++;
                    i++;
                }
                int inReference = 0;
                while (j < reference.length && reference[j] == bigram) {
                    inReference++;
                    j++;
                }
                hits += Math.min(inSummary, inReference);
            }
        }
        return Score.of(hits, reference.length, summary.length);
    }

    private static long[] sortedBigrams(int[] tokens) {
        long[] bigrams = new long[Math.max(0, tokens.length - 1)];
        for (int i = 0; i < bigrams.length; i++) {
            bigrams[i] = ((long) tokens[i] << 32) | tokens[i + 1];
        }
        Arrays.sort(bigrams);
        return bigrams;
    }

    /**
     * Summary-level ROUGE-L (ROUGE-1.5.5's {@code lcs}, rouge_score's {@code _summary_level_lcs}). The counts are
     * the unigram counts of each side and are decremented as tokens are credited.
     */
    private static Score summaryLevelLcs(
            int[][] summary,
            int[][] reference,
            int[] summaryCounts,
            int[] referenceCounts,
            int summaryLength,
            int referenceLength) {
        if (summaryLength == 0 || referenceLength == 0) {
            return Score.ZERO;
        }
        int longestSummarySentence = 0;
        for (int[] sentence : summary) {
            longestSummarySentence = Math.max(longestSummarySentence, sentence.length);
        }
        int longestReferenceSentence = 0;
        for (int[] sentence : reference) {
            longestReferenceSentence = Math.max(longestReferenceSentence, sentence.length);
        }
        // One DP buffer for every sentence pair of this call.
        int[] table = new int[(longestReferenceSentence + 1) * (longestSummarySentence + 1)];
        boolean[] covered = new boolean[longestReferenceSentence];
        int hits = 0;
        for (int[] referenceSentence : reference) {
            Arrays.fill(covered, false);
            for (int[] summarySentence : summary) {
                markLcs(referenceSentence, summarySentence, table, covered);
            }
            // Positions are visited in order, as rouge_score does with its sorted union, because the clipping
            // makes the outcome depend on which copy of a repeated token is credited first.
            for (int i = 0; i < referenceSentence.length; i++) {
                int token = referenceSentence[i];
                if (covered[i] && summaryCounts[token] > 0 && referenceCounts[token] > 0) {
                    hits++;
                    summaryCounts[token]--;
                    referenceCounts[token]--;
                }
            }
        }
        return Score.of(hits, referenceLength, summaryLength);
    }

    /**
     * Marks in {@code covered} the reference positions of one LCS of the two sentences. Which LCS is taken when
     * several exist matters for the union, so the table and the trace-back follow ROUGE-1.5.5 exactly: on a token
     * match go diagonally, otherwise move left only if that cell is strictly larger than the one above.
     */
    private static void markLcs(int[] reference, int[] summary, int[] table, boolean[] covered) {
        int m = reference.length;
        int n = summary.length;
        if (m == 0 || n == 0) {
            return;
        }
        int width = n + 1;
        Arrays.fill(table, 0, width, 0);
        for (int i = 1; i <= m; i++) {
            int row = i * width;
            int previousRow = row - width;
            table[row] = 0;
            int token = reference[i - 1];
            for (int j = 1; j <= n; j++) {
                table[row + j] = token == summary[j - 1]
                        ? table[previousRow + j - 1] + 1
                        : Math.max(table[previousRow + j], table[row + j - 1]);
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (reference[i - 1] == summary[j - 1]) {
                covered[i - 1] = true;
                i--;
                j--;
            } else if (table[i * width + j - 1] > table[(i - 1) * width + j]) {
                j--;
            } else {
                i--;
            }
        }
    }

    /**
     * WordNet's irregular inflections, which ROUGE-1.5.5 consults before Porter stemming ({@code MorphStem} looks the
     * token up in {@code data/WordNet-2.0.exc.db} and returns the listed base form unstemmed). The table is the
     * resource {@code eval/wordnet-exceptions.txt} (WordNet 3.0, with Princeton's notice), whose header says how it
     * was built; merging adjectives last ({@code better} and {@code best} become {@code good}) reproduces the golden
     * ROUGE-1.5.5 scores exactly. Kept in a holder class so the table is only read when a stemming scorer needs it.
     */
    private static final class WordNetExceptions {

        private static final String RESOURCE = "eval/wordnet-exceptions.txt";

        /** Inflected form to base form. */
        static final Map<String, String> BASE_FORMS = read();

        private WordNetExceptions() {}

        private static Map<String, String> read() {
            Map<String, String> forms = new HashMap<>();
            try (var in = Rouge.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                String table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : table.split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] pair = line.trim().split("\\s+");
                    if (pair.length != 2) {
                        throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                    }
                    forms.put(pair[0], pair[1]);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.copyOf(forms);
        }
    }
}
