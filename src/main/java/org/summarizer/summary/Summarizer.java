package org.summarizer.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.summarizer.document.Document;
import org.summarizer.ranking.Algorithm;
import org.summarizer.ranking.FeatureExtractor;
import org.summarizer.ranking.FeaturedDocument;
import org.summarizer.ranking.LeadScorer;
import org.summarizer.ranking.LexRankScorer;
import org.summarizer.ranking.LinearModel;
import org.summarizer.ranking.LinearScorer;
import org.summarizer.ranking.Selection;
import org.summarizer.ranking.SentenceScorer;
import org.summarizer.ranking.SentenceSelector;
import org.summarizer.ranking.TextRankScorer;

/**
 * Composes the ranking stages once: extract features, score with the chosen algorithm, select under the limits, and
 * order the result. Every algorithm shares the same features and selection. Immutable and thread-safe.
 */
public final class Summarizer {

    private final FeatureExtractor extractor;
    private final LinearScorer linearScorer;
    private final Map<Algorithm, SentenceScorer> scorers;
    private final SentenceSelector selector;

    /**
     * @param model    the learned weights of the default ranker
     * @param selector the selection stage
     */
    public Summarizer(LinearModel model, SentenceSelector selector) {
        this.extractor = new FeatureExtractor();
        this.linearScorer = new LinearScorer(model);
        this.selector = Objects.requireNonNull(selector, "selector");
        Map<Algorithm, SentenceScorer> map = new EnumMap<>(Algorithm.class);
        map.put(Algorithm.FEATURES, linearScorer);
        map.put(Algorithm.LEAD, new LeadScorer());
        map.put(Algorithm.TEXTRANK, new TextRankScorer());
        map.put(Algorithm.LEXRANK, new LexRankScorer());
        this.scorers = map;
    }

    /** The learned model behind {@link Algorithm#FEATURES}. */
    public LinearModel model() {
        return linearScorer.model();
    }

    /** Stage "extract features", exposed so that callers summarizing one document several ways do it once. */
    public FeaturedDocument extract(Document document) {
        return extractor.extract(document);
    }

    /** Summarizes an annotated document. */
    public Summary summarize(Document document, SummaryOptions options) {
        return summarize(extract(document), options);
    }

    /** Summarizes a document whose features are already extracted. */
    public Summary summarize(FeaturedDocument featured, SummaryOptions options) {
        double[] scores = scorers.get(options.algorithm()).score(featured);
        Selection selection = selector.select(featured.document(), scores, options.limits());
        List<SummarySentence> chosen = new ArrayList<>();
        int rank = 1;
        for (int index : selection.ranked()) {
            chosen.add(new SummarySentence(
                    featured.document().sentences().get(index),
                    scores[index],
                    rank++,
                    options.explain() ? linearScorer.explain(featured.features().get(index)) : null));
        }
        if (options.order() == SentenceOrder.POSITION) {
            chosen.sort(Comparator.comparingInt(s -> s.sentence().index()));
        }
        return new Summary(featured.document(), chosen, options.algorithm(), selection.shortfall());
    }
}
