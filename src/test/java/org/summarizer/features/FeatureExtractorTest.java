package org.summarizer.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.testing.SimpleAnnotator;

class FeatureExtractorTest {

    private static final SimpleAnnotator ANNOTATOR = new SimpleAnnotator();
    private final FeatureExtractor extractor = new FeatureExtractor();

    private static final String ARTICLE = String.join(
            "\n",
            "The council approved the harbor budget on Tuesday after a long debate.",
            "However, critics said the harbor budget was too large.",
            "He did not answer questions.",
            "Scroll down for video",
            "The mayor said \"the harbor will grow\" and promised 300 new jobs.",
            "Council members will vote on the harbor plan again in March.");

    private List<FeatureVector> features(String text, String title) {
        return extractor.extract(ANNOTATOR.annotate(text, title)).features();
    }

    @Test
    void everyValueIsNormalized() {
        for (FeatureVector vector : features(ARTICLE, "Council approves harbor budget")) {
            for (double value : vector.toArray()) {
                assertThat(value).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void positionFeaturesDecayFromTheStart() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f.get(0).get(Feature.FIRST_SENTENCE)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.FIRST_SENTENCE)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.POSITION)).isGreaterThan(f.get(1).get(Feature.POSITION));
        assertThat(f.get(0).get(Feature.RELATIVE_POSITION)).isEqualTo(1.0);
        assertThat(f.get(f.size() - 1).get(Feature.RELATIVE_POSITION)).isEqualTo(0.0);
        // one paragraph per line
        assertThat(f).allSatisfy(v -> assertThat(v.get(Feature.PARAGRAPH_START)).isEqualTo(1.0));
    }

    @Test
    void flagsDanglingStartsBoilerplateAndMissingFinalPunctuation() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f.get(0).get(Feature.DANGLING_START)).isEqualTo(0.0);
        assertThat(f.get(1).get(Feature.DANGLING_START)).isEqualTo(1.0); // However
        assertThat(f.get(2).get(Feature.DANGLING_START)).isEqualTo(1.0); // He
        assertThat(f.get(3).get(Feature.BOILERPLATE)).isEqualTo(1.0);
        assertThat(f.get(3).get(Feature.NO_FINAL_PUNCTUATION)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.BOILERPLATE)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.NO_FINAL_PUNCTUATION)).isEqualTo(0.0);
    }

    @Test
    void detectsQuotesNumbersAndShortSentences() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f.get(4).get(Feature.QUOTE)).isEqualTo(1.0);
        assertThat(f.get(4).get(Feature.NUMBER)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.QUOTE)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.NUMBER)).isEqualTo(0.0);
        assertThat(f.get(2).get(Feature.SHORT)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.SHORT)).isEqualTo(0.0);
        assertThat(f.get(0).get(Feature.LENGTH)).isGreaterThan(f.get(2).get(Feature.LENGTH));
    }

    @Test
    void titleOverlapIsTheShareOfTitleWordsFound() {
        List<FeatureVector> f = features(ARTICLE, "harbor budget");
        assertThat(f.get(0).get(Feature.TITLE_OVERLAP)).isEqualTo(1.0);
        assertThat(f.get(2).get(Feature.TITLE_OVERLAP)).isEqualTo(0.0);
        assertThat(f.get(5).get(Feature.TITLE_OVERLAP)).isEqualTo(0.5); // harbor, not budget
        assertThat(features(ARTICLE, null))
                .allSatisfy(v -> assertThat(v.get(Feature.TITLE_OVERLAP)).isZero());
    }

    @Test
    void entityDensityCountsEntityTokens() {
        List<FeatureVector> f = features("The report named Anna Berg and Otto Lind today.\nthe rain fell.", null);
        assertThat(f.get(0).get(Feature.ENTITY_DENSITY)).isEqualTo(4.0 / 9);
        assertThat(f.get(1).get(Feature.ENTITY_DENSITY)).isZero();
    }

    @Test
    void forwardCentralityRewardsSentencesThatLaterOnesElaborate() {
        List<FeatureVector> f = features(ARTICLE, null);
        // Sentence 0 shares "council", "harbor", "budget" with later sentences; "He did not answer" shares nothing.
        assertThat(f.get(0).get(Feature.FORWARD_CENTRALITY)).isEqualTo(1.0);
        assertThat(f.get(2).get(Feature.FORWARD_CENTRALITY)).isZero();
        assertThat(f.get(0).get(Feature.BACKWARD_CENTRALITY)).isZero();
    }

    @Test
    void centralityLooksOnlyWithinTheWindow() {
        StringBuilder text = new StringBuilder("Zebras graze quietly.\n");
        for (int i = 0; i < FeatureExtractor.CENTRALITY_WINDOW; i++) {
            text.append("Filler number").append(' ').append("x").append(i).append(" here.\n");
        }
        text.append("Zebras graze quietly again.\n");
        Document document = ANNOTATOR.annotate(text.toString(), null);
        List<FeatureVector> f = extractor.extract(document).features();
        int last = document.sentenceCount() - 1;
        assertThat(last).isEqualTo(FeatureExtractor.CENTRALITY_WINDOW + 1);
        // The only similar sentences are one step beyond each other's window, so neither counts the other.
        assertThat(f.get(last).get(Feature.BACKWARD_CENTRALITY)).isZero();
        assertThat(f.get(0).get(Feature.FORWARD_CENTRALITY)).isZero();
        assertThat(f.get(1).get(Feature.FORWARD_CENTRALITY)).isPositive();
    }

    @Test
    void emptyTitleAndSingleSentenceAreHandled() {
        List<FeatureVector> f = features("Just one sentence.", "");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).get(Feature.RELATIVE_POSITION)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.FORWARD_CENTRALITY)).isZero();
    }

    @Test
    void quotesInBritishStyleCount() {
        assertThat(TextCues.hasQuote("'So far it is a bacterial infection,' Chaitezvi told Reuters."))
                .isTrue();
        assertThat(TextCues.hasQuote("He called it \u2018a disgrace\u2019 on Friday."))
                .isTrue();
        assertThat(TextCues.hasQuote("The elephants' tusks were still there.")).isFalse();
    }

    @Test
    void captionCuesAreFlaggedButOrdinaryProseIsNot() {
        assertThat(TextCues.isCaption("An elephant walks near zebras in Mana Pools (file photo)"))
                .isTrue();
        assertThat(TextCues.isCaption("The MP, pictured above, is being investigated"))
                .isTrue();
        assertThat(TextCues.isCaption("CLAIM: The MP is being investigated by police"))
                .isTrue();
        assertThat(TextCues.isCaption("A woman walks her dog in the park (stock image)"))
                .isTrue();
        assertThat(TextCues.isCaption("The council approved the budget on Tuesday."))
                .isFalse();
        assertThat(TextCues.isCaption("NASA said the launch: a success, was on time."))
                .isFalse();
    }

    @Test
    void runOnsStandOutAgainstTheMedianLength() {
        String runOn = "Scroll down for video " + "the word again and again ".repeat(20) + "ends here.";
        List<FeatureVector> f =
                features("A short first sentence here.\nA second short sentence here.\nA third one.\n" + runOn, null);
        assertThat(f.get(3).get(Feature.LENGTH_VS_MEDIAN)).isEqualTo(1.0);
        assertThat(f.get(0).get(Feature.LENGTH_VS_MEDIAN)).isLessThan(0.5);
    }

    @Test
    void graphScoresAndLeadSimilarityComeFromTheSentenceVectors() {
        List<FeatureVector> f = features(ARTICLE, null);
        assertThat(f).extracting(v -> v.get(Feature.TEXTRANK)).contains(1.0);
        assertThat(f).extracting(v -> v.get(Feature.LEXRANK)).contains(1.0);
        assertThat(f.get(0).get(Feature.LEAD_SIMILARITY)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.LEAD_SIMILARITY)).isPositive(); // shares "harbor budget"
        assertThat(f.get(2).get(Feature.LEAD_SIMILARITY)).isZero();
        // The isolated sentence ranks below the connected ones.
        assertThat(f.get(2).get(Feature.TEXTRANK)).isLessThan(f.get(1).get(Feature.TEXTRANK));
    }

    @Test
    void entityOverlapWithTheTitleAndTheRestOfTheArticle() {
        String text = "The report named Anna Berg today.\nBerg said Otto Lind agreed.\nNo names here.";
        List<FeatureVector> f = features(text, "Report: Lind and Berg agree");
        // Title entities (SimpleAnnotator: capitalized non-initial words): Lind, Berg.
        assertThat(f.get(0).get(Feature.TITLE_ENTITY_OVERLAP)).isEqualTo(0.5);
        assertThat(f.get(1).get(Feature.TITLE_ENTITY_OVERLAP)).isEqualTo(0.5); // Lind ("Berg" opens it, no entity)
        assertThat(f.get(2).get(Feature.TITLE_ENTITY_OVERLAP)).isZero();
        assertThat(f).allSatisfy(v -> assertThat(v.get(Feature.SHARED_ENTITIES)).isZero()); // no entity recurs
        List<FeatureVector> recurring =
                features("The report named Anna Berg.\nLater the mayor met Anna Berg and Otto Lind.\nNone.", null);
        assertThat(recurring.get(0).get(Feature.SHARED_ENTITIES)).isEqualTo(1.0);
        assertThat(recurring.get(1).get(Feature.SHARED_ENTITIES)).isEqualTo(0.5); // Anna, Berg of four
        assertThat(recurring.get(2).get(Feature.SHARED_ENTITIES)).isZero();
    }

    @Test
    void documentStyleIsTheSameForEverySentenceAndTellsFlatFromParagraphed() {
        List<FeatureVector> paragraphed = features(ARTICLE, "Council approves harbor budget");
        List<FeatureVector> flat = features(ARTICLE.replace('\n', ' '), null);
        for (Feature feature : Feature.values()) {
            if (feature.key().startsWith("doc")) {
                assertThat(paragraphed)
                        .extracting(v -> v.get(feature))
                        .containsOnly(paragraphed.get(0).get(feature));
            }
        }
        assertThat(paragraphed.get(0).get(Feature.DOC_PARAGRAPHED)).isEqualTo(1.0);
        assertThat(paragraphed.get(0).get(Feature.DOC_SINGLE_SENTENCE_PARAGRAPHS))
                .isEqualTo(1.0);
        assertThat(paragraphed.get(0).get(Feature.DOC_TITLED)).isEqualTo(1.0);
        assertThat(paragraphed.get(0).get(Feature.DOC_QUOTES)).isEqualTo(1.0 / 6);
        assertThat(flat.get(0).get(Feature.DOC_PARAGRAPHED)).isZero();
        assertThat(flat.get(0).get(Feature.DOC_TITLED)).isZero();
        assertThat(flat.get(0).get(Feature.DOC_SENTENCES_PER_PARAGRAPH))
                .isGreaterThan(paragraphed.get(0).get(Feature.DOC_SENTENCES_PER_PARAGRAPH));
    }

    @Test
    void countsNumbersProperNounsAndEntitiesNotSeenBefore() {
        List<FeatureVector> f = features(
                "The report named Anna Berg in 2024.\nLater Anna Berg met Otto Lind on 3 May 2025 at 10 and 11.\n"
                        + "the rain fell.",
                null);
        assertThat(f.get(0).get(Feature.NUMBER_COUNT)).isEqualTo(0.25);
        assertThat(f.get(1).get(Feature.NUMBER_COUNT)).isEqualTo(1.0); // 4 numbers, the cap
        assertThat(f.get(2).get(Feature.NUMBER_COUNT)).isZero();
        assertThat(f.get(0).get(Feature.PROPER_NOUNS)).isEqualTo(2.0 / 7);
        assertThat(f.get(1).get(Feature.PROPER_NOUNS)).isEqualTo(5.0 / 14); // Anna Berg Otto Lind May
        assertThat(f.get(0).get(Feature.ENTITY_NOVELTY)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.ENTITY_NOVELTY)).isEqualTo(3.0 / 5); // otto, lind, may of five
        assertThat(f.get(2).get(Feature.ENTITY_NOVELTY)).isZero(); // no entities
    }

    @Test
    void contentNoveltyPositionInTheParagraphAndCentroidRank() {
        List<FeatureVector> f =
                features("Zebras graze grass. Zebras graze grass again. Lions hunt.\nZebras rest.", null);
        assertThat(f.get(0).get(Feature.CONTENT_NOVELTY)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.CONTENT_NOVELTY)).isLessThan(0.5);
        assertThat(f.get(2).get(Feature.CONTENT_NOVELTY)).isEqualTo(1.0);
        assertThat(f).extracting(v -> v.get(Feature.IN_PARAGRAPH_POSITION)).containsExactly(1.0, 0.5, 1.0 / 3, 1.0);
        assertThat(f).extracting(v -> v.get(Feature.CENTROID_RANK)).containsExactlyInAnyOrder(1.0, 0.5, 1.0 / 3, 0.25);
        assertThat(f.get(2).get(Feature.CENTROID_RANK)).isEqualTo(0.25); // shares nothing with the rest
    }

    @Test
    void attributionIsSayOrTellAsAVerbOrAccordingTo() {
        String text = "Police said it burned.";
        List<org.summarizer.document.Token> tokens = List.of(
                new org.summarizer.document.Token("Police", "police", "NNP", "O", 0, 6),
                new org.summarizer.document.Token("said", "say", "VBD", "O", 7, 11),
                new org.summarizer.document.Token("it", "it", "PRP", "O", 12, 14),
                new org.summarizer.document.Token("burned", "burn", "VBD", "O", 15, 21),
                new org.summarizer.document.Token(".", ".", ".", "O", 21, 22));
        Document document = new Document(
                text, List.of(new org.summarizer.document.Sentence(0, 0, 22, text, tokens, 0, true)), List.of());
        assertThat(extractor.extract(document).features().get(0).get(Feature.ATTRIBUTION))
                .isEqualTo(1.0);
        List<FeatureVector> f = features("According to police, the fire spread.\nThe say of it.", null);
        assertThat(f.get(0).get(Feature.ATTRIBUTION)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.ATTRIBUTION)).isZero(); // "say" as a noun
    }

    @Test
    void wordPriorsComeFromTheExtractorsPriors() {
        WordPriors priors = new WordPriors(java.util.Map.of("gunman", new WordPriors.Counts(10, 8)), 0.5, 2);
        FeatureExtractor withPriors = new FeatureExtractor(priors);
        List<FeatureVector> f = withPriors
                .extract(ANNOTATOR.annotate("The gunman fled.\nThe rain fell.", null))
                .features();
        assertThat(f.get(0).get(Feature.WORD_PRIOR)).isEqualTo(0.75);
        assertThat(f.get(0).get(Feature.WORD_PRIOR_TOP)).isEqualTo(0.25);
        assertThat(f.get(0).get(Feature.WORD_PRIOR_RELATIVE)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.WORD_PRIOR)).isZero();
        assertThat(f.get(1).get(Feature.WORD_PRIOR_RELATIVE)).isZero();
        // without priors, as in a model trained without them, every word-prior feature is 0
        FeatureVector without =
                features("The gunman fled.\nThe gunman ran.", null).get(0);
        assertThat(java.util.Arrays.stream(Feature.values()).filter(Feature::fromWordPriors))
                .hasSize(5)
                .allSatisfy(feature ->
                        assertThat(without.get(feature)).as(feature.key()).isZero());
        assertThat(f.get(0).get(Feature.WORD_PRIOR_SUM)).isGreaterThan(0);
    }

    @Test
    void wordSalienceSumsTheWordModelsProbabilitiesOverASentencesWords() {
        WordPriors priors = new WordPriors(java.util.Map.of("harbor", new WordPriors.Counts(10, 8)), 0.5, 2); // 0.75
        WordModel priorOrNothing = row -> Math.max(0, row[WordFeature.PRIOR.ordinal()]);
        String text = String.join("\n", "The harbor budget passed.", "Critics called it large.", "The harbor grew.");
        Document document = ANNOTATOR.annotate(text, null);
        List<FeatureVector> f =
                new FeatureExtractor(priors, priorOrNothing).extract(document).features();
        assertThat(f.get(0).get(Feature.WORD_SALIENCE_SUM)).isEqualTo(0.75 / FeatureExtractor.SALIENCE_SUM_CAP);
        assertThat(f.get(0).get(Feature.WORD_SALIENCE_RELATIVE)).isEqualTo(1.0);
        assertThat(f.get(2).get(Feature.WORD_SALIENCE_RELATIVE)).isEqualTo(1.0);
        assertThat(f.get(1).get(Feature.WORD_SALIENCE_RELATIVE)).isZero();
        assertThat(f.get(0).get(Feature.WORD_SALIENCE_MEAN)).isEqualTo(0.75 / 4); // the, harbor, budget, passed
        assertThat(f.get(2).get(Feature.WORD_SALIENCE_MEAN)).isEqualTo(0.75 / 3);
        // a training article's features take the model given for it (cross-fitting), not the extractor's
        List<FeatureVector> other = new FeatureExtractor(priors, priorOrNothing)
                .extract(document, LanguageCues.ENGLISH, null, row -> 0.5)
                .features();
        assertThat(other.get(1).get(Feature.WORD_SALIENCE_MEAN)).isEqualTo(0.5);
        // without a word model, or without priors for it to read, the features are 0
        for (FeatureExtractor without :
                List.of(new FeatureExtractor(priors), new FeatureExtractor(WordPriors.NONE, priorOrNothing))) {
            assertThat(without.extract(document).features())
                    .allSatisfy(
                            v -> assertThat(v.get(Feature.WORD_SALIENCE_SUM)).isZero());
        }
    }
}
