package org.summarizer.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.nlp.TextAdmission;
import org.summarizer.scoring.Algorithm;
import org.summarizer.scoring.TreeScorer.Contribution;
import org.summarizer.selection.SelectionLimits;
import org.summarizer.selection.Shortfall;
import org.summarizer.summary.SentenceOrder;
import org.summarizer.summary.Summary;
import org.summarizer.summary.SummaryOptions;
import org.summarizer.summary.SummarySentence;

/**
 * Maps between the HTTP records and the domain: validates a {@link SummaryRequest} (bean validation plus the
 * configured size limits), turns it into {@link SummaryOptions}, and turns a {@link Summary} into a
 * {@link SummaryResponse}.
 */
@ApplicationScoped
public class RequestMapper {

    private final Validator validator;
    private final int maxTextChars;
    private final int maxTitleChars;

    public RequestMapper(Validator validator, SummarizerConfig config) {
        this.validator = validator;
        this.maxTextChars = config.limits().maxTextChars();
        this.maxTitleChars = config.limits().maxTitleChars();
    }

    /**
     * Validates a request.
     *
     * @throws InvalidRequestException  listing every invalid field
     * @throws PayloadTooLargeException when the text is longer than the limit
     * @throws UnprocessableTextException when {@link TextAdmission} refuses the text
     */
    public void validate(SummaryRequest request) {
        if (request == null) {
            throw new InvalidRequestException(
                    List.of(new Problem.FieldError("text", "a JSON object with a 'text'" + " field is required")));
        }
        if (request.text() != null && request.text().length() > maxTextChars) {
            throw new PayloadTooLargeException(
                    "The text has " + request.text().length() + " characters; the limit" + " is " + maxTextChars + ".");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<ConstraintViolation<SummaryRequest>> violations = validator.validate(request);
        for (ConstraintViolation<SummaryRequest> violation : violations) {
            errors.add(new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (request.text() != null
                && TextAdmission.isBlank(request.text())
                && errors.stream().noneMatch(error -> error.field().equals("text"))) {
            // Bean validation's @NotBlank trims only ASCII controls and spaces; no-break and em spaces are blank too.
            errors.add(new Problem.FieldError("text", "must not be blank"));
        }
        if (request.ratio() != null && request.ratio().isNaN()) {
            errors.add(new Problem.FieldError("ratio", "must be greater than 0 and at most 1"));
        }
        if (request.title() != null && request.title().length() > maxTitleChars) {
            errors.add(new Problem.FieldError("title", "must be at most " + maxTitleChars + " characters"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            throw new InvalidRequestException(errors);
        }
        checkProcessable(request.text());
    }

    /** Refuses, with 422, texts the English pipeline cannot summarize in bounded time or at all. */
    static void checkProcessable(String text) {
        TextAdmission.check(text).ifPresent(refusal -> {
            throw new UnprocessableTextException(refusal.code(), refusal.title(), refusal.detail());
        });
    }

    /** The domain options of a valid request. */
    public SummaryOptions toOptions(SummaryRequest request) {
        SelectionLimits limits =
                new SelectionLimits(request.sentences(), request.maxWords(), request.maxChars(), request.ratio());
        SentenceOrder order =
                request.order() == null ? SentenceOrder.POSITION : SentenceOrder.fromApiName(request.order());
        Algorithm algorithm =
                request.algorithm() == null ? Algorithm.FEATURES : Algorithm.fromApiName(request.algorithm());
        return new SummaryOptions(limits, order, algorithm, Boolean.TRUE.equals(request.explain()));
    }

    /** The HTTP answer for a summary. */
    public SummaryResponse toResponse(Summary summary) {
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
                "en",
                summary.document().sentenceCount(),
                summary.document().tokenCount(),
                shortfall(summary.shortfall()));
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
