package org.summarizer.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeatureVector;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.LeadScorer;
import org.summarizer.scoring.LexRankScorer;
import org.summarizer.scoring.SentenceScorer;
import org.summarizer.scoring.TextRankScorer;
import org.summarizer.scoring.TreeModelFile;
import org.summarizer.scoring.TreeScorer;
import org.summarizer.selection.Selection;
import org.summarizer.selection.SelectionLimits;
import org.summarizer.selection.SentenceSelector;
import org.summarizer.testing.SimpleAnnotator;

/**
 * Fuzzes the ranking stages with arbitrary documents (synthesized token by token, or arbitrary text through the
 * rule-based test annotator) and arbitrary limits: only {@link IllegalArgumentException} for invalid limits may come
 * out, every feature value and score is in [0, 1] and not NaN, and every selection respects every limit.
 *
 * <p>{@code ./mvnw verify} runs the committed inputs in {@code RankingFuzzTestInputs/} as regression tests; the
 * {@code fuzz} Maven profile sets {@code JAZZER_FUZZ=1} and fuzzes for {@code maxDuration}.
 */
class RankingFuzzTest {

    private static final List<String> WORDS = List.of(
            "the",
            "council",
            "budget",
            "he",
            "it",
            "said",
            "approved",
            "harbor",
            "Mayor",
            "Ruiz",
            "2026",
            "$",
            "\"",
            ".",
            ",",
            "and",
            "however",
            "click",
            "here",
            "photo",
            ":");
    private static final List<String> TAGS = List.of(
            "NN", "NNS", "NNP", "VB", "VBD", "VBZ", "JJ", "CD", "DT", "PRP", "PRP$", "IN", ".", ",", "``", "", "X");
    private static final List<String> ENTITIES = List.of("O", "O", "O", "PERSON", "LOCATION", "ORGANIZATION");
    private static final Summarizer SUMMARIZER =
            new Summarizer(TreeModelFile.readResource("ranking/model.json"), new SentenceSelector(3, 0.5), true);
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor();
    private static final List<SentenceScorer> SCORERS =
            List.of(new TreeScorer(SUMMARIZER.model()), new LeadScorer(), new TextRankScorer(), new LexRankScorer());

    @FuzzTest(maxDuration = "60s")
    void rankArbitraryDocuments(FuzzedDataProvider data) {
        Document document = data.consumeBoolean() ? synthesized(data) : annotated(data);
        Integer sentences = data.consumeBoolean() ? data.consumeInt(-3, 60) : null;
        Integer maxWords = data.consumeBoolean() ? data.consumeInt(-3, 400) : null;
        Integer maxChars = data.consumeBoolean() ? data.consumeInt(-3, 3_000) : null;
        Double ratio = data.consumeBoolean() ? ratio(data) : null;
        int defaultSentences = data.consumeInt(1, 5);
        double duplicateThreshold = data.consumeProbabilityDouble();

        boolean invalid = (sentences != null && sentences < 1)
                || (maxWords != null && maxWords < 1)
                || (maxChars != null && maxChars < 1)
                || (ratio != null && !(ratio > 0 && ratio <= 1));
        if (invalid) {
            assertThatThrownBy(() -> new SelectionLimits(sentences, maxWords, maxChars, ratio))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        SelectionLimits limits = new SelectionLimits(sentences, maxWords, maxChars, ratio);

        FeaturedDocument featured = EXTRACTOR.extract(document);
        int n = document.sentenceCount();
        assertThat(featured.size()).isEqualTo(n);
        for (FeatureVector vector : featured.features()) {
            for (double value : vector.toArray()) {
                assertThat(value).isBetween(0.0, 1.0);
            }
        }
        SentenceSelector selector = new SentenceSelector(defaultSentences, duplicateThreshold);
        for (SentenceScorer scorer : SCORERS) {
            double[] scores = scorer.score(featured);
            assertThat(scores).hasSize(n);
            for (double score : scores) {
                assertThat(score).as(scorer.getClass().getSimpleName()).isBetween(0.0, 1.0);
            }
            checkSelection(document, selector.select(document, scores, limits), limits, defaultSentences);
        }
        Algorithm algorithm = data.pickValue(Algorithm.values());
        Summary summary = SUMMARIZER.summarize(
                featured,
                new SummaryOptions(
                        limits,
                        data.consumeBoolean() ? SentenceOrder.RANK : SentenceOrder.POSITION,
                        algorithm,
                        data.consumeBoolean()));
        if (limits.maxChars() != null) {
            assertThat(summary.text().length()).isLessThanOrEqualTo(limits.maxChars());
        }
    }

    private static void checkSelection(
            Document document, Selection selection, SelectionLimits limits, int defaultSentences) {
        int n = document.sentenceCount();
        List<Integer> chosen = selection.ranked();
        assertThat(new HashSet<>(chosen)).hasSameSizeAs(chosen);
        int words = 0;
        int chars = 0;
        for (int index : chosen) {
            assertThat(index).isBetween(0, n - 1);
            Sentence sentence = document.sentences().get(index);
            words += sentence.wordCount();
            chars += sentence.length();
        }
        chars += Math.max(0, chosen.size() - 1);
        boolean nothingSet = limits.sentences() == null
                && limits.maxWords() == null
                && limits.maxChars() == null
                && limits.ratio() == null;
        if (nothingSet) {
            assertThat(chosen.size()).isLessThanOrEqualTo(defaultSentences);
        }
        if (limits.sentences() != null) {
            assertThat(chosen.size()).isLessThanOrEqualTo(limits.sentences());
        }
        if (limits.ratio() != null) {
            assertThat(chosen.size()).isLessThanOrEqualTo((int) Math.ceil(limits.ratio() * n));
        }
        if (limits.maxWords() != null) {
            assertThat(words).isLessThanOrEqualTo(limits.maxWords());
        }
        if (limits.maxChars() != null) {
            assertThat(chars).isLessThanOrEqualTo(limits.maxChars());
        }
        Integer asked = nothingSet ? Integer.valueOf(defaultSentences) : limits.sentences();
        if (asked != null && chosen.size() < asked) {
            assertThat(selection.shortfall().message()).isNotBlank();
            assertThat(selection.shortfall().returned())
                    .isEqualTo(selection.ranked().size());
        }
    }

    private static Double ratio(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 7)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> Double.MIN_VALUE;
            case 4 -> 1.0;
            case 5 -> 0.0;
            case 6 -> data.consumeProbabilityDouble();
            default -> data.consumeDouble();
        };
    }

    /** Arbitrary text through the rule-based annotator, with an arbitrary title. */
    private static Document annotated(FuzzedDataProvider data) {
        String title = data.consumeBoolean() ? data.consumeString(60) : null;
        return new SimpleAnnotator().annotate(data.consumeString(4_000), title);
    }

    /** A document built token by token: arbitrary words, tags, entities, lemmas, spacing and paragraphs. */
    private static Document synthesized(FuzzedDataProvider data) {
        int sentenceCount = data.consumeInt(0, 80);
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (int s = 0; s < sentenceCount; s++) {
            boolean paragraphStart = s == 0 || data.consumeBoolean();
            if (s > 0) {
                text.append(paragraphStart ? "\n" : " ");
                if (paragraphStart) {
                    paragraph++;
                }
            }
            int begin = text.length();
            List<Token> tokens = tokens(data, text, data.consumeInt(1, 30));
            sentences.add(
                    new Sentence(s, begin, text.length(), text.substring(begin), tokens, paragraph, paragraphStart));
        }
        List<Token> title = List.of();
        if (data.consumeBoolean()) {
            title = tokens(data, new StringBuilder(), data.consumeInt(0, 8));
        }
        return new Document(text.toString(), sentences, title);
    }

    private static List<Token> tokens(FuzzedDataProvider data, StringBuilder text, int count) {
        List<Token> tokens = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            if (t > 0) {
                text.append(' ');
            }
            String word = data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(12);
            if (word.isEmpty()) {
                word = "x";
            }
            int begin = text.length();
            text.append(word);
            String lemma = data.consumeBoolean() ? word.toLowerCase(java.util.Locale.ROOT) : data.consumeString(8);
            tokens.add(new Token(word, lemma, data.pickValue(TAGS), data.pickValue(ENTITIES), begin, text.length()));
        }
        return tokens;
    }
}
