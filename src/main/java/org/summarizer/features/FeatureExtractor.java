package org.summarizer.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;

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

    /** The expected number of summary words at which {@link Feature#WORD_SALIENCE_SUM} reaches 1. */
    static final double SALIENCE_SUM_CAP = 10;

    private final WordPriors priors;
    private final WordModel wordModel;

    /** An extractor without word priors or word model (their features are 0). */
    public FeatureExtractor() {
        this(WordPriors.NONE, WordModel.NONE);
    }

    /** An extractor with the model's word priors and no word model. */
    public FeatureExtractor(WordPriors priors) {
        this(priors, WordModel.NONE);
    }

    /** An extractor with the model's word priors and word model (which reads the priors). */
    public FeatureExtractor(WordPriors priors, WordModel wordModel) {
        this.priors = Objects.requireNonNull(priors, "priors");
        this.wordModel = Objects.requireNonNull(wordModel, "wordModel");
    }

    /** Computes the features of every sentence of an English document. */
    public FeaturedDocument extract(Document document) {
        return extract(document, LanguageCues.ENGLISH);
    }

    /** Computes the features of every sentence, with the cue words and quotation marks of the document's language. */
    public FeaturedDocument extract(Document document, LanguageCues cues) {
        return extract(document, cues, null);
    }

    /**
     * Computes the features of a training article's sentences, its own counts left out of the word priors.
     *
     * @param self the article's share of the word priors' counts, or {@code null}
     */
    public FeaturedDocument extract(Document document, LanguageCues cues, WordPriors.Self self) {
        return extract(document, cues, self, wordModel);
    }

    /**
     * Computes the features of a training article's sentences with a given word model: in training, one that was
     * not trained on the article (cross-fitting), as the word priors leave the article's own counts out.
     *
     * @param self      the article's share of the word priors' counts, or {@code null}
     * @param wordModel the word model for this article
     */
    public FeaturedDocument extract(Document document, LanguageCues cues, WordPriors.Self self, WordModel wordModel) {
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
        double[] centroid = new double[n];
        for (int i = 0; i < n; i++) {
            centroid[i] = vectors.sentence(i).dot(vectors.centroid());
        }
        double[] centroidRank = ranks(centroid);
        Set<Integer> seenContent = new HashSet<>();
        int paragraphFirst = 0;
        double[][] prior = new double[n][2];
        double priorMax = 0;
        List<Set<String>> priorWords = priors.isEmpty() ? List.of() : PriorMass.words(document);
        for (int i = 0; i < priorWords.size(); i++) {
            prior[i] = priors.score(priorWords.get(i), self);
            priorMax = Math.max(priorMax, prior[i][0]);
        }
        PriorMass mass = priors.isEmpty() ? PriorMass.none(n) : PriorMass.of(priorWords, priors, self);
        double[][] salience = salience(document, priorWords, self, wordModel);
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
            v[Feature.CENTROID.ordinal()] = clamp(centroid[i]);
            v[Feature.FORWARD_CENTRALITY.ordinal()] = forward[i];
            v[Feature.BACKWARD_CENTRALITY.ordinal()] = backward[i];
            v[Feature.TEXTRANK.ordinal()] = textRank[i];
            v[Feature.LEXRANK.ordinal()] = lexRank[i];
            v[Feature.LEAD_SIMILARITY.ordinal()] = i == 0 ? 1 : clamp(vectors.similarity(0, i));
            v[Feature.ENTITY_DENSITY.ordinal()] = SentenceTokens.entityDensity(sentence);
            v[Feature.SHARED_ENTITIES.ordinal()] = entities.sharedShare(i);
            v[Feature.TITLE_OVERLAP.ordinal()] = titleOverlap(vectors.sentence(i), title);
            v[Feature.TITLE_ENTITY_OVERLAP.ordinal()] = entities.titleShare(i);
            v[Feature.QUOTE.ordinal()] = quoted[i] ? 1 : 0;
            v[Feature.NUMBER.ordinal()] = SentenceTokens.hasNumber(sentence) ? 1 : 0;
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
            v[Feature.NUMBER_COUNT.ordinal()] = SentenceTokens.numberCount(sentence);
            v[Feature.PROPER_NOUNS.ordinal()] = SentenceTokens.properNounShare(sentence);
            v[Feature.ENTITY_NOVELTY.ordinal()] = entities.novelShare(i);
            v[Feature.CONTENT_NOVELTY.ordinal()] = novelShare(vectors.sentence(i), seenContent);
            v[Feature.ATTRIBUTION.ordinal()] = SentenceTokens.attributes(sentence) ? 1 : 0;
            if (i == 0
                    || sentence.paragraph() != document.sentences().get(i - 1).paragraph()) {
                paragraphFirst = i;
            }
            v[Feature.IN_PARAGRAPH_POSITION.ordinal()] = 1.0 / (1 + i - paragraphFirst);
            v[Feature.CENTROID_RANK.ordinal()] = centroidRank[i];
            v[Feature.WORD_PRIOR.ordinal()] = clamp(prior[i][0]);
            v[Feature.WORD_PRIOR_TOP.ordinal()] = clamp(prior[i][1]);
            v[Feature.WORD_PRIOR_RELATIVE.ordinal()] = priorMax > 0 ? clamp(prior[i][0] / priorMax) : 0;
            v[Feature.WORD_PRIOR_SUM.ordinal()] = mass.sum(i);
            v[Feature.WORD_PRIOR_REPEATED.ordinal()] = clamp(mass.repeatedRelative(i));
            v[Feature.WORD_SALIENCE_SUM.ordinal()] = salience[0][i];
            v[Feature.WORD_SALIENCE_RELATIVE.ordinal()] = salience[1][i];
            v[Feature.WORD_SALIENCE_MEAN.ordinal()] = salience[2][i];
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

    /** The share of the vector's ids not in {@code seen}; adds them to it. */
    private static double novelShare(SparseVector vector, Set<Integer> seen) {
        int[] ids = vector.ids();
        if (ids.length == 0) {
            return 0;
        }
        int novel = 0;
        for (int id : ids) {
            if (!seen.contains(id)) {
                novel++;
            }
        }
        for (int id : ids) {
            seen.add(id);
        }
        return (double) novel / ids.length;
    }

    /** 1 / (1 + rank) of each sentence by its centroid similarity (highest first), ties by position. */
    private static double[] ranks(double[] similarity) {
        int n = similarity.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(similarity[b], similarity[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double[] ranks = new double[n];
        for (int r = 0; r < n; r++) {
            ranks[order[r]] = 1.0 / (1 + r);
        }
        return ranks;
    }

    /**
     * The {@code wordSalience*} features of every sentence: the word model's probabilities summed over each
     * sentence's distinct words (over {@link #SALIENCE_SUM_CAP}, capped at 1), that sum over the article's highest,
     * and their mean; all 0 without word priors or a word model.
     */
    private double[][] salience(
            Document document, List<Set<String>> sentenceWords, WordPriors.Self self, WordModel model) {
        int n = document.sentenceCount();
        double[][] features = new double[3][n];
        if (model == WordModel.NONE || sentenceWords.isEmpty()) {
            return features;
        }
        Map<String, Double> probability = new HashMap<>();
        WordContext.rows(document, sentenceWords, priors, self)
                .forEach((word, row) -> probability.put(word, model.probability(row)));
        double[] sum = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (String word : sentenceWords.get(i)) {
                sum[i] += probability.get(word);
            }
            max = Math.max(max, sum[i]);
        }
        for (int i = 0; i < n; i++) {
            int words = sentenceWords.get(i).size();
            features[0][i] = Math.min(1, sum[i] / SALIENCE_SUM_CAP);
            features[1][i] = max > 0 ? sum[i] / max : 0;
            features[2][i] = words == 0 ? 0 : clamp(sum[i] / words);
        }
        return features;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
