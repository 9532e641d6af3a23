package org.summarizer.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * Stage "extract features": computes every {@link Feature} of every sentence of an annotated document.
 *
 * <p>Needs tokens with lemma, part of speech and entity class; adds nothing to the document. Cost is linear in the
 * number of sentences: the centrality features and the TextRank and LexRank graphs compare each sentence only with
 * the {@value #CENTRALITY_WINDOW} sentences on each side, so a 70,000-sentence text does not go quadratic.
 * Stateless and thread-safe.
 */
public final class FeatureExtractor {

    /** How many sentences on each side the centrality features look at. */
    public static final int CENTRALITY_WINDOW = 50;

    private static final int LENGTH_CAP = 50;
    private static final int SHORT_TOKENS = 8;
    private static final double RUN_ON_MEDIANS = 5;

    /** Computes the features of every sentence of an English document. */
    public FeaturedDocument extract(Document document) {
        return extract(document, LanguageCues.ENGLISH);
    }

    /** Computes the features of every sentence, with the cue words and quotation marks of the document's language. */
    public FeaturedDocument extract(Document document, LanguageCues cues) {
        SentenceVectors vectors = SentenceVectors.of(document);
        int n = document.sentenceCount();
        double[] forward = new double[n];
        double[] backward = new double[n];
        centrality(vectors, forward, backward);
        double[] textRank = GraphRanker.textRank(vectors);
        double[] lexRank = GraphRanker.lexRank(vectors);
        int[] words = new int[n];
        boolean[] quoted = new boolean[n];
        for (Sentence sentence : document.sentences()) {
            words[sentence.index()] = TextCues.wordTokens(sentence);
            quoted[sentence.index()] = cues.hasQuote(sentence.text());
        }
        DocumentStyle style = DocumentStyle.of(document, words, quoted);
        EntityWords entities = new EntityWords(document);
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
            v[Feature.LENGTH.ordinal()] = Math.min(words[i], LENGTH_CAP) / (double) LENGTH_CAP;
            v[Feature.SHORT.ordinal()] = words[i] < SHORT_TOKENS ? 1 : 0;
            v[Feature.LENGTH_VS_MEDIAN.ordinal()] = Math.min(1, words[i] / (RUN_ON_MEDIANS * style.medianWords()));
            v[Feature.CENTROID.ordinal()] = clamp(vectors.sentence(i).dot(vectors.centroid()));
            v[Feature.FORWARD_CENTRALITY.ordinal()] = forward[i];
            v[Feature.BACKWARD_CENTRALITY.ordinal()] = backward[i];
            v[Feature.TEXTRANK.ordinal()] = textRank[i];
            v[Feature.LEXRANK.ordinal()] = lexRank[i];
            v[Feature.LEAD_SIMILARITY.ordinal()] = i == 0 ? 1 : clamp(vectors.similarity(0, i));
            v[Feature.ENTITY_DENSITY.ordinal()] = entityDensity(sentence);
            v[Feature.SHARED_ENTITIES.ordinal()] = entities.sharedShare(i);
            v[Feature.TITLE_OVERLAP.ordinal()] = titleOverlap(vectors.sentence(i), title);
            v[Feature.TITLE_ENTITY_OVERLAP.ordinal()] = entities.titleShare(i);
            v[Feature.QUOTE.ordinal()] = quoted[i] ? 1 : 0;
            v[Feature.NUMBER.ordinal()] = hasNumber(sentence) ? 1 : 0;
            v[Feature.DANGLING_START.ordinal()] = cues.danglingStart(sentence) ? 1 : 0;
            v[Feature.BOILERPLATE.ordinal()] = TextCues.isBoilerplate(sentence.text()) ? 1 : 0;
            v[Feature.CAPTION.ordinal()] = TextCues.isCaption(sentence.text()) ? 1 : 0;
            v[Feature.NO_FINAL_PUNCTUATION.ordinal()] = TextCues.endsWithFinalPunctuation(sentence.text()) ? 0 : 1;
            v[Feature.DOC_SENTENCES.ordinal()] = style.sentences();
            v[Feature.DOC_PARAGRAPHED.ordinal()] = style.paragraphed();
            v[Feature.DOC_SENTENCES_PER_PARAGRAPH.ordinal()] = style.sentencesPerParagraph();
            v[Feature.DOC_SINGLE_SENTENCE_PARAGRAPHS.ordinal()] = style.singleSentenceParagraphs();
            v[Feature.DOC_QUOTES.ordinal()] = style.quotes();
            v[Feature.DOC_MEDIAN_LENGTH.ordinal()] = style.medianLength();
            v[Feature.DOC_TITLED.ordinal()] = style.titled();
            features.add(FeatureVector.of(v));
        }
        return new FeaturedDocument(document, vectors, features);
    }

    /**
     * Position-aware centrality in the spirit of PACSUM (Zheng and Lapata, 2019): how similar a sentence is to what
     * follows it and to what precedes it, kept apart so the learned model can favour sentences that introduce what
     * the rest of the article elaborates. Each is scaled by its document maximum.
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

    private static double entityDensity(Sentence sentence) {
        int words = 0;
        int entities = 0;
        for (Token token : sentence.tokens()) {
            if (TextCues.isWord(token)) {
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

    private static boolean hasNumber(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** The lower-cased entity words of each sentence and of the title, and in how many sentences each occurs. */
    private static final class EntityWords {

        private final List<Set<String>> bySentence = new ArrayList<>();
        private final Map<String, Integer> sentenceFrequency = new HashMap<>();
        private final Set<String> title;

        EntityWords(Document document) {
            for (Sentence sentence : document.sentences()) {
                Set<String> words = words(sentence.tokens());
                bySentence.add(words);
                for (String word : words) {
                    sentenceFrequency.merge(word, 1, Integer::sum);
                }
            }
            title = words(document.titleTokens());
        }

        private static Set<String> words(List<Token> tokens) {
            Set<String> words = new HashSet<>();
            for (Token token : tokens) {
                if (token.isEntity() && TextCues.isWord(token)) {
                    words.add(token.text().toLowerCase(Locale.ROOT));
                }
            }
            return words;
        }

        double sharedShare(int sentence) {
            Set<String> words = bySentence.get(sentence);
            if (words.isEmpty()) {
                return 0;
            }
            int shared = 0;
            for (String word : words) {
                if (sentenceFrequency.get(word) > 1) {
                    shared++;
                }
            }
            return (double) shared / words.size();
        }

        double titleShare(int sentence) {
            if (title.isEmpty()) {
                return 0;
            }
            Set<String> words = bySentence.get(sentence);
            int hits = 0;
            for (String word : title) {
                if (words.contains(word)) {
                    hits++;
                }
            }
            return (double) hits / title.size();
        }
    }
}
