package org.summarizer.features;

/**
 * The per-sentence features of the ranker. Every value lies in [0, 1]. Features marked "document" have the same
 * value for every sentence of an article: they describe its style, so the learned trees can treat a wire story, a
 * tabloid piece with one-sentence paragraphs and a flat pasted text differently without the caller naming a domain.
 * {@code docs/scoring.md} gives the same definitions.
 */
public enum Feature {
    /** 1 for the first sentence of the article. */
    FIRST_SENTENCE("firstSentence"),
    /** 1 / (1 + index): decays quickly with the distance from the start. */
    POSITION("position"),
    /** 1 - index / (n - 1): linear decay over the whole article. */
    RELATIVE_POSITION("relativePosition"),
    /** 1 when the sentence opens a paragraph (the article has line breaks). */
    PARAGRAPH_START("paragraphStart"),
    /** 1 / (1 + paragraph index). */
    PARAGRAPH_POSITION("paragraphPosition"),
    /** min(tokens, 50) / 50. */
    LENGTH("length"),
    /** 1 when the sentence has fewer than 8 tokens. */
    SHORT("short"),
    /** The sentence's word tokens over five times the article's median, capped at 1: run-on blocks score high. */
    LENGTH_VS_MEDIAN("lengthVsMedian"),
    /** Cosine similarity of the sentence's TF-IDF lemma vector to the document centroid. */
    CENTROID("centroid"),
    /** Similarity to the sentences after it (within a window), scaled by the document maximum (PACSUM-style). */
    FORWARD_CENTRALITY("forwardCentrality"),
    /** Similarity to the sentences before it (within a window), scaled by the document maximum. */
    BACKWARD_CENTRALITY("backwardCentrality"),
    /** The sentence's TextRank score, scaled so that the article's best sentence has 1. */
    TEXTRANK("textrank"),
    /** The sentence's LexRank score, scaled so that the article's best sentence has 1. */
    LEXRANK("lexrank"),
    /** Cosine similarity to the first sentence (1 for the first sentence itself). */
    LEAD_SIMILARITY("leadSimilarity"),
    /** Share of the sentence's tokens inside a named entity. */
    ENTITY_DENSITY("entityDensity"),
    /** Share of the sentence's distinct entity words that occur in another sentence too; 0 without entities. */
    SHARED_ENTITIES("sharedEntities"),
    /** Share of the title's content lemmas found in the sentence; 0 without a title. */
    TITLE_OVERLAP("titleOverlap"),
    /** Share of the title's entity words found in the sentence; 0 without a title or without entities in it. */
    TITLE_ENTITY_OVERLAP("titleEntityOverlap"),
    /** 1 when the sentence quotes someone: double quotes, curly single quotes, or a leading single quote. */
    QUOTE("quote"),
    /** 1 when the sentence contains a number. */
    NUMBER("number"),
    /** 1 when the sentence starts with a pronoun or a connective ("He", "This", "However"). */
    DANGLING_START("danglingStart"),
    /** 1 for boilerplate that is not article prose: bylines, "Scroll down for video", "CLICK HERE", share bars. */
    BOILERPLATE("boilerplate"),
    /** 1 for image-caption cues: "pictured", "(stock image)", "file photo", a capitalized "CLAIM:" label. */
    CAPTION("caption"),
    /** 1 when the sentence does not end with final punctuation (headline-like lines, captions, datelines). */
    NO_FINAL_PUNCTUATION("noFinalPunctuation"),
    /** Document: ln(1 + sentences) / ln(201), capped at 1. */
    DOC_SENTENCES("docSentences"),
    /** Document: 1 when the text has more than one paragraph (it was not sent as one flat line). */
    DOC_PARAGRAPHED("docParagraphed"),
    /** Document: sentences per paragraph / 10, capped at 1. */
    DOC_SENTENCES_PER_PARAGRAPH("docSentencesPerParagraph"),
    /** Document: share of paragraphs that hold one sentence. */
    DOC_SINGLE_SENTENCE_PARAGRAPHS("docSingleSentenceParagraphs"),
    /** Document: share of sentences that quote someone. */
    DOC_QUOTES("docQuotes"),
    /** Document: median word tokens per sentence / 50, capped at 1. */
    DOC_MEDIAN_LENGTH("docMedianLength"),
    /** Document: 1 when a title was given. */
    DOC_TITLED("docTitled"),
    /** Number tokens (CD), min(count, 4) / 4. */
    NUMBER_COUNT("numberCount"),
    /** Share of word tokens tagged as proper nouns (NNP, NNPS). */
    PROPER_NOUNS("properNouns"),
    /** Share of the sentence's distinct entity words not in any earlier sentence; 0 without entities. */
    ENTITY_NOVELTY("entityNovelty"),
    /** Share of the sentence's content lemmas not in any earlier sentence; 0 without content words. */
    CONTENT_NOVELTY("contentNovelty"),
    /** 1 when the sentence attributes (a form of say or tell, or "according to"). */
    ATTRIBUTION("attribution"),
    /** 1 / (1 + the sentence's index within its paragraph). */
    IN_PARAGRAPH_POSITION("inParagraphPosition"),
    /** 1 / (1 + the sentence's rank by centroid similarity within the article). */
    CENTROID_RANK("centroidRank"),
    /** Mean summary prior of the sentence's words. */
    WORD_PRIOR("wordPrior"),
    /** Mean of the sentence's three highest word priors. */
    WORD_PRIOR_TOP("wordPriorTop"),
    /** The sentence's word prior over the article's highest. */
    WORD_PRIOR_RELATIVE("wordPriorRelative"),
    /** Sum of the priors of the sentence's distinct words / 10, capped at 1: the summary words it is expected to bring. */
    WORD_PRIOR_SUM("wordPriorSum"),
    /**
     * Sum of the priors of the sentence's distinct words, each times ln(1 + the article's sentences holding it), over
     * the article's highest.
     */
    WORD_PRIOR_REPEATED("wordPriorRepeated"),
    /**
     * Sum of the {@link WordModel}'s probabilities over the sentence's distinct words / 10, capped at 1: the summary
     * words it is expected to bring, judged in the article's context.
     */
    WORD_SALIENCE_SUM("wordSalienceSum"),
    /** That sum over the article's highest. */
    WORD_SALIENCE_RELATIVE("wordSalienceRelative"),
    /** Mean of the {@link WordModel}'s probabilities over the sentence's distinct words. */
    WORD_SALIENCE_MEAN("wordSalienceMean");

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    /** The name used in model files, explanations and docs. */
    public String key() {
        return key;
    }

    /** Whether this feature describes the whole document (the {@code doc*} features): equal on all its sentences. */
    public boolean documentLevel() {
        return name().startsWith("DOC_");
    }

    /** Whether this feature is computed from the model's {@link WordPriors} (the {@code wordPrior*} features): 0 without them. */
    public boolean fromWordPriors() {
        return name().startsWith("WORD_PRIOR");
    }

    /** Whether this feature is computed from the model's {@link WordModel} (the {@code wordSalience*} features): 0 without it. */
    public boolean fromWordModel() {
        return name().startsWith("WORD_SALIENCE");
    }

    /** The feature with this key. */
    public static Feature fromKey(String key) {
        for (Feature feature : values()) {
            if (feature.key.equals(key)) {
                return feature;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + key + "'");
    }
}
