package org.summarizer.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.summarizer.document.Document;
import org.summarizer.features.FeatureExtractor;
import org.summarizer.features.FeaturedDocument;
import org.summarizer.features.LanguageCues;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.LeadScorer;
import org.summarizer.scoring.LexRankScorer;
import org.summarizer.scoring.SentenceScorer;
import org.summarizer.scoring.TextRankScorer;
import org.summarizer.scoring.TreeModel;
import org.summarizer.scoring.TreeScorer;
import org.summarizer.selection.PageFurniture;
import org.summarizer.selection.Selection;
import org.summarizer.selection.SentenceSelector;

/**
 * Composes the ranking stages once: extract features, score with the chosen algorithm, select under the limits, and
 * order the result. Every algorithm shares the same features and selection. Immutable and thread-safe.
 */
public final class Summarizer {

    private final FeatureExtractor extractor;
    private final TreeScorer treeScorer;
    private final Map<Algorithm, SentenceScorer> scorers;
    private final SentenceSelector selector;
    private final SentenceSelector learnedSelector;

    /**
     * @param model           the learned trees of the default ranker
     * @param selector        the selection stage of every algorithm
     * @param trigramBlocking whether the default ranker's selection skips every candidate that shares a word
     *                        trigram with the summary so far (strict trigram blocking, as in BertSumExt) instead of
     *                        only near-duplicates; the baselines keep the plain selector, so {@code lead} stays
     *                        Lead-N
     */
    public Summarizer(TreeModel model, SentenceSelector selector, boolean trigramBlocking) {
        this.extractor = new FeatureExtractor(model.wordPriors(), model.wordModel());
        this.treeScorer = new TreeScorer(model);
        this.selector = Objects.requireNonNull(selector, "selector");
        this.learnedSelector = trigramBlocking ? selector.withDuplicateThreshold(0) : selector;
        Map<Algorithm, SentenceScorer> map = new EnumMap<>(Algorithm.class);
        map.put(Algorithm.FEATURES, treeScorer);
        map.put(Algorithm.LEAD, new LeadScorer());
        map.put(Algorithm.TEXTRANK, new TextRankScorer());
        map.put(Algorithm.LEXRANK, new LexRankScorer());
        this.scorers = map;
    }

    /** The learned model behind {@link Algorithm#FEATURES}. */
    public TreeModel model() {
        return treeScorer.model();
    }

    /** Stage "extract features", exposed so that callers summarizing one document several ways do it once. */
    public FeaturedDocument extract(Document document) {
        return extractor.extract(document);
    }

    /**
     * Stage "extract features" for a document in the language {@code languageCode} (its dangling-start words and
     * quotation marks; {@link LanguageCues}).
     *
     * @throws IllegalArgumentException for a language without cues
     */
    public FeaturedDocument extract(Document document, String languageCode) {
        LanguageCues cues = LanguageCues.of(languageCode)
                .orElseThrow(() -> new IllegalArgumentException("No feature cues for language '" + languageCode + "'"));
        return extractor.extract(document, cues);
    }

    /** Summarizes an annotated document. */
    public Summary summarize(Document document, SummaryOptions options) {
        return summarize(extract(document), options);
    }

    /** Summarizes a document whose features are already extracted. */
    public Summary summarize(FeaturedDocument featured, SummaryOptions options) {
        return select(featured, score(featured, options.algorithm()), options);
    }

    /** Stage "score": one score per sentence of the document, higher is more summary-worthy. */
    public double[] score(FeaturedDocument featured, Algorithm algorithm) {
        return scorers.get(algorithm).score(featured);
    }

    /**
     * Stage "select": picks and orders the summary sentences from the scores of {@link #score}, under the options'
     * limits (the learned ranker's selection also blocks repeats and keeps page furniture as a last resort).
     */
    public Summary select(FeaturedDocument featured, double[] scores, SummaryOptions options) {
        if (scores.length != featured.size()) {
            throw new IllegalArgumentException(
                    "scores has " + scores.length + " entries for " + featured.size() + " sentences");
        }
        boolean learned = options.algorithm() == Algorithm.FEATURES;
        boolean[] lastResort = learned ? PageFurniture.of(featured) : new boolean[featured.size()];
        Selection selection = (learned ? learnedSelector : selector)
                .select(featured.document(), scores, lastResort, options.limits());
        List<Map<String, TreeScorer.Contribution>> explanations =
                options.explain() ? treeScorer.explain(featured, selection.ranked()) : null;
        List<SummarySentence> chosen = new ArrayList<>();
        for (int rank = 0; rank < selection.ranked().size(); rank++) {
            int index = selection.ranked().get(rank);
            chosen.add(new SummarySentence(
                    featured.document().sentences().get(index),
                    scores[index],
                    rank + 1,
                    explanations == null ? null : explanations.get(rank)));
        }
        if (options.order() == SentenceOrder.POSITION) {
            chosen.sort(Comparator.comparingInt(s -> s.sentence().index()));
        }
        return new Summary(featured.document(), chosen, options.algorithm(), selection.shortfall());
    }
}
