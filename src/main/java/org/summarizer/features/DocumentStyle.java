package org.summarizer.features;

import java.util.Arrays;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;

/**
 * The document-level features: what kind of article this is, read from the article itself (its length, its
 * paragraphing, how much it quotes), so the ranker can adapt to a style without a domain flag from the caller.
 *
 * @param sentences                ln(1 + sentences) / ln(201), capped at 1
 * @param paragraphed              1 when the text has more than one paragraph
 * @param sentencesPerParagraph    sentences per paragraph / 10, capped at 1
 * @param singleSentenceParagraphs share of paragraphs that hold one sentence
 * @param quotes                   share of sentences that quote someone
 * @param medianLength             median word tokens per sentence / 50, capped at 1
 * @param titled                   1 when a title was given
 * @param medianWords              the median word tokens per sentence itself (at least 1), for run-on detection
 */
record DocumentStyle(
        double sentences,
        double paragraphed,
        double sentencesPerParagraph,
        double singleSentenceParagraphs,
        double quotes,
        double medianLength,
        double titled,
        double medianWords) {

    /** Computes the style of a document whose sentences have the given word counts and quote flags. */
    static DocumentStyle of(Document document, int[] wordTokens, boolean[] quoted) {
        int n = document.sentenceCount();
        int paragraphs = n == 0 ? 0 : document.sentences().get(n - 1).paragraph() + 1;
        int[] perParagraph = new int[paragraphs];
        int quotes = 0;
        for (Sentence sentence : document.sentences()) {
            perParagraph[sentence.paragraph()]++;
            if (quoted[sentence.index()]) {
                quotes++;
            }
        }
        int single = 0;
        for (int count : perParagraph) {
            if (count == 1) {
                single++;
            }
        }
        double median = median(wordTokens);
        return new DocumentStyle(
                Math.min(1, Math.log1p(n) / Math.log(201)),
                paragraphs > 1 ? 1 : 0,
                paragraphs == 0 ? 0 : Math.min(1, (double) n / paragraphs / 10),
                paragraphs == 0 ? 0 : (double) single / paragraphs,
                n == 0 ? 0 : (double) quotes / n,
                Math.min(1, median / 50),
                document.hasTitle() ? 1 : 0,
                Math.max(1, median));
    }

    private static double median(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
