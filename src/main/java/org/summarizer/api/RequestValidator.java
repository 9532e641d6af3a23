package org.summarizer.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.nlp.TextAdmission;

/**
 * Validates a {@link SummaryRequest} before anything runs: bean validation of the record, the configured size
 * limits, blank text in the Unicode sense, and the texts {@link TextAdmission} refuses. {@link RequestMapper} then
 * maps what passed.
 */
@ApplicationScoped
public class RequestValidator {

    private final Validator validator;
    private final int maxTextChars;
    private final int maxTitleChars;

    public RequestValidator(Validator validator, SummarizerConfig config) {
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
}
