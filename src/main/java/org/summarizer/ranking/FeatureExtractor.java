package org.summarizer.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * Stage "extract features": computes every {@link Feature} of every sentence of an annotated document.
 *
 * <p>Needs tokens with lemma, part of speech and entity class; adds nothing to the document. Cost is linear in the
 * number of sentences: the centrality features compare each sentence only with the {@value #CENTRALITY_WINDOW}
 * sentences on each side, so a 70,000-sentence text does not go quadratic. Stateless and thread-safe.
 */
public final class FeatureExtractor {

    /** How many sentences on each side the centrality features look at. */
    public static final int CENTRALITY_WINDOW = 50;

    private static final int LENGTH_CAP = 50;
    private static final int SHORT_TOKENS = 8;

    private static final Set<String> DANGLING_WORDS = Set.of(
            "he",
            "she",
            "it",
            "they",
            "him",
            "her",
            "them",
            "his",
            "its",
            "their",
            "this",
            "that",
            "these",
            "those",
            "however",
            "but",
            "and",
            "also",
            "so",
            "yet",
            "still",
            "meanwhile",
            "moreover",
            "furthermore",
            "then",
            "instead",
            "besides",
            "nevertheless",
            "thus",
            "therefore",
            "otherwise",
            "or",
            "nor",
            "later",
            "there");

    /** Phrases that mark page furniture rather than article prose. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            String.join(
                    "|",
                    "scroll down",
                    "click here",
                    "read more",
                    "watch the video",
                    "watch video",
                    "follow (?:us|him|her|@)",
                    "^\\s*by\\s+[A-Z][a-z]+\\s+[A-Z][a-z]+\\s*(?:,|\\||$)",
                    "published:",
                    "updated:",
                    "last updated",
                    "\\b(?:photo|image|picture|video)s?\\s*:",
                    "\\(photo",
                    "getty images",
                    "all rights reserved",
                    "copyright",
                    "sign up",
                    "subscribe",
                    "e-?mail to a friend",
                    "share this",
                    "^\\s*related\\s*:",
                    "^\\s*caption\\s*:",
                    "^\\s*(?:ap|reuters|afp)\\s*photo"),
            Pattern.CASE_INSENSITIVE);

    /** Computes the features of every sentence. */
    public FeaturedDocument extract(Document document) {
        SentenceVectors vectors = SentenceVectors.of(document);
        int n = document.sentenceCount();
        double[] forward = new double[n];
        double[] backward = new double[n];
        centrality(vectors, forward, backward);
        List<FeatureVector> features = new ArrayList<>(n);
        SparseVector title = vectors.title();
        for (Sentence sentence : document.sentences()) {
            int i = sentence.index();
            double[] v = new double[Feature.values().length];
            v[Feature.FIRST_SENTENCE.ordinal()] = i == 0 ? 1 : 0;
            v[Feature.POSITION.ordinal()] = 1.0 / (1 + i);
            v[Feature.RELATIVE_POSITION.ordinal()] = n <= 1 ? 1 : 1 - (double) i / (n - 1);
            v[Feature.PARAGRAPH_START.ordinal()] = sentence.paragraphStart() ? 1 : 0;
            v[Feature.PARAGRAPH_POSITION.ordinal()] = 1.0 / (1 + sentence.paragraph());
            int tokens = wordTokens(sentence);
            v[Feature.LENGTH.ordinal()] = Math.min(tokens, LENGTH_CAP) / (double) LENGTH_CAP;
            v[Feature.SHORT.ordinal()] = tokens < SHORT_TOKENS ? 1 : 0;
            v[Feature.CENTROID.ordinal()] = clamp(vectors.sentence(i).dot(vectors.centroid()));
            v[Feature.FORWARD_CENTRALITY.ordinal()] = forward[i];
            v[Feature.BACKWARD_CENTRALITY.ordinal()] = backward[i];
            v[Feature.ENTITY_DENSITY.ordinal()] = entityDensity(sentence);
            v[Feature.TITLE_OVERLAP.ordinal()] = titleOverlap(vectors.sentence(i), title);
            v[Feature.QUOTE.ordinal()] = hasQuote(sentence.text()) ? 1 : 0;
            v[Feature.NUMBER.ordinal()] = hasNumber(sentence) ? 1 : 0;
            v[Feature.DANGLING_START.ordinal()] = danglingStart(sentence) ? 1 : 0;
            v[Feature.BOILERPLATE.ordinal()] =
                    BOILERPLATE.matcher(sentence.text()).find() ? 1 : 0;
            v[Feature.NO_FINAL_PUNCTUATION.ordinal()] = endsWithFinalPunctuation(sentence.text()) ? 0 : 1;
            features.add(FeatureVector.of(v));
        }
        return new FeaturedDocument(document, vectors, features);
    }

    /**
     * Position-aware centrality in the spirit of PACSUM (Zheng and Lapata, 2019): how similar a sentence is to what
     * follows it and to what precedes it, kept apart so the learned weights can favour sentences that introduce
     * what the rest of the article elaborates. Each is scaled by its document maximum.
     */
    private static void centrality(SentenceVectors vectors, double[] forward, double[] backward) {
        int n = vectors.size();
        for (int i = 0; i < n; i++) {
            int last = Math.min(n - 1, i + CENTRALITY_WINDOW);
            for (int j = i + 1; j <= last; j++) {
                double similarity = vectors.similarity(i, j);
                forward[i] += similarity;
                backward[j] += similarity;
            }
        }
        scaleByMax(forward);
        scaleByMax(backward);
    }

    private static void scaleByMax(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
    }

    private static int wordTokens(Sentence sentence) {
        int count = 0;
        for (Token token : sentence.tokens()) {
            if (isWord(token)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWord(Token token) {
        String text = token.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static double entityDensity(Sentence sentence) {
        int words = 0;
        int entities = 0;
        for (Token token : sentence.tokens()) {
            if (isWord(token)) {
                words++;
                if (token.isEntity()) {
                    entities++;
                }
            }
        }
        return words == 0 ? 0 : (double) entities / words;
    }

    private static double titleOverlap(SparseVector sentence, SparseVector title) {
        if (title.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (int id : title.ids()) {
            if (sentence.contains(id)) {
                hits++;
            }
        }
        return (double) hits / title.size();
    }

    static boolean hasQuote(String text) {
        return text.indexOf('"') >= 0
                || text.indexOf('\u201C') >= 0
                || text.indexOf('\u201D') >= 0
                || text.contains("''")
                || text.contains("``");
    }

    private static boolean hasNumber(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean danglingStart(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (!isWord(token)) {
                continue; // skip an opening quote or dash
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            return token.pos().startsWith("PRP") || DANGLING_WORDS.contains(word);
        }
        return false;
    }

    static boolean endsWithFinalPunctuation(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019' || c == '`') {
                continue; // a closing quote or bracket may follow the full stop
            }
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }
        return false;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
