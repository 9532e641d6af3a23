package org.summarizer.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summarizer.language.Language;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.TreeScorer.Contribution;
import org.summarizer.selection.SelectionLimits;
import org.summarizer.selection.Shortfall;
import org.summarizer.service.ArticleInput;
import org.summarizer.service.ArticleSummary;
import org.summarizer.summary.SentenceOrder;
import org.summarizer.summary.Summary;
import org.summarizer.summary.SummaryOptions;
import org.summarizer.summary.SummarySentence;

/**
 * Maps between the HTTP records and the domain: a request that {@link RequestValidator} passed into
 * {@link SummaryOptions}, and a {@link Summary} into a {@link SummaryResponse}. Stateless.
 */
@ApplicationScoped
public class RequestMapper {

    /** The domain options of a valid request. */
    public SummaryOptions toOptions(SummaryRequest request) {
        SelectionLimits limits =
                new SelectionLimits(request.sentences(), request.maxWords(), request.maxChars(), request.ratio());
        SentenceOrder order = request.order() == null ? SentenceOrder.POSITION : request.order();
        Algorithm algorithm = request.algorithm() == null ? Algorithm.FEATURES : request.algorithm();
        return new SummaryOptions(limits, order, algorithm, Boolean.TRUE.equals(request.explain()));
    }

    /** The requested language of a valid request, or null when the language is to be detected. */
    public Language toLanguage(SummaryRequest request) {
        if (request.language() == null) {
            return null;
        }
        return Language.fromCode(request.language())
                .orElseThrow(() -> new IllegalArgumentException("The request was not validated."));
    }

    /** What a valid request gives to summarize. */
    public ArticleInput toInput(SummaryRequest request) {
        if (request.html() != null) {
            return new ArticleInput.Html(request.html());
        }
        if (request.url() != null) {
            return new ArticleInput.Url(request.url().strip());
        }
        return new ArticleInput.Text(request.text());
    }

    /** The HTTP answer for a summary of a text or a page. */
    public SummaryResponse toResponse(ArticleSummary answer) {
        ArticleSummary.Page page = answer.page();
        SummaryResponse response = toResponse(answer.summary(), answer.language());
        if (page == null) {
            return response;
        }
        return new SummaryResponse(
                response.summary(),
                response.sentences(),
                response.algorithm(),
                response.language(),
                response.sentenceCount(),
                response.tokenCount(),
                response.shortfall(),
                page.text(),
                page.title(),
                page.url() == null ? null : page.url().toString());
    }

    /** The HTTP answer for a summary of a text in {@code language}. */
    public SummaryResponse toResponse(Summary summary, Language language) {
        List<SummaryResponse.SummarySentenceDto> sentences = new ArrayList<>();
        for (SummarySentence chosen : summary.sentences()) {
            sentences.add(new SummaryResponse.SummarySentenceDto(
                    chosen.sentence().index(),
                    chosen.sentence().text(),
                    chosen.sentence().begin(),
                    chosen.sentence().length(),
                    round(chosen.score()),
                    chosen.rank(),
                    features(chosen.explanation())));
        }
        return new SummaryResponse(
                summary.text(),
                sentences,
                summary.algorithm().apiName(),
                language.code(),
                summary.document().sentenceCount(),
                summary.document().tokenCount(),
                shortfall(summary.shortfall()),
                null,
                null,
                null);
    }

    private static SummaryResponse.ShortfallDto shortfall(Shortfall shortfall) {
        if (shortfall == null) {
            return null;
        }
        return new SummaryResponse.ShortfallDto(
                shortfall.code(),
                shortfall.reasons().stream().map(Shortfall.Reason::code).toList(),
                shortfall.requested(),
                shortfall.returned(),
                shortfall.message());
    }

    private static Map<String, SummaryResponse.FeatureDto> features(Map<String, Contribution> explanation) {
        if (explanation == null) {
            return null;
        }
        Map<String, SummaryResponse.FeatureDto> features = new java.util.LinkedHashMap<>();
        explanation.forEach((key, c) ->
                features.put(key, new SummaryResponse.FeatureDto(round(c.value()), round(c.contribution()))));
        return features;
    }

    /** Four decimals are plenty for a score and keep responses short. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
