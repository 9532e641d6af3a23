package org.summarizer.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.fetch.FetchException;
import org.summarizer.fetch.PageFetcher;
import org.summarizer.language.LanguagePolicy;
import org.summarizer.nlp.TextAdmission;

/**
 * Validates a {@link SummaryRequest} before anything runs: exactly one of text, html and url, bean validation of the
 * record, the configured size limits, blank text in the Unicode sense, a {@code language} that is a loaded language's
 * ISO 639-1 code, texts with runs too long to tokenize ({@link TextAdmission#checkWords}), and the form of a URL (its
 * address is checked when it is fetched). The text's language and script are checked by the service, on the text it
 * summarizes (the article extracted from a page included). {@link RequestMapper} then maps what passed.
 */
@ApplicationScoped
public class RequestValidator {

    /** Longer URLs are refused; browsers and servers commonly stop at 2,000 to 8,000. */
    private static final int MAX_URL_CHARS = 4_000;

    private final Validator validator;
    private final int maxTextChars;
    private final int maxTitleChars;
    private final boolean fetchEnabled;
    private final LanguagePolicy languages;

    public RequestValidator(Validator validator, SummarizerConfig config) {
        this.validator = validator;
        this.fetchEnabled = config.fetch().enabled();
        this.maxTextChars = config.limits().maxTextChars();
        this.maxTitleChars = config.limits().maxTitleChars();
        this.languages = LanguagePolicy.fromSetting(config.languages());
    }

    /**
     * Validates a request.
     *
     * @throws InvalidRequestException  listing every invalid field
     * @throws PayloadTooLargeException when the text is longer than the limit
     * @throws UnprocessableTextException when the text has a run too long to tokenize
     */
    public void validate(SummaryRequest request) {
        if (request == null) {
            throw new InvalidRequestException(List.of(
                    new Problem.FieldError("text", "a JSON object with a 'text', 'html' or 'url' field is required")));
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
        checkInput(request, errors);
        if (request.ratio() != null && request.ratio().isNaN()) {
            errors.add(new Problem.FieldError("ratio", "must be greater than 0 and at most 1"));
        }
        if (request.language() != null) {
            languages
                    .checkRequested(request.language())
                    .ifPresent(message -> errors.add(new Problem.FieldError("language", message)));
        }
        if (request.title() != null && request.title().length() > maxTitleChars) {
            errors.add(new Problem.FieldError("title", "must be at most " + maxTitleChars + " characters"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            throw new InvalidRequestException(errors);
        }
        if (request.text() != null) {
            checkProcessable(request.text());
        }
    }

    /** Exactly one of text, html and url; html not blank; url an http(s) URL, and URL input switched on. */
    private void checkInput(SummaryRequest request, List<Problem.FieldError> errors) {
        List<String> given = new ArrayList<>();
        if (request.text() != null) {
            given.add("text");
        }
        if (request.html() != null) {
            given.add("html");
        }
        if (request.url() != null) {
            given.add("url");
        }
        if (given.isEmpty()) {
            errors.add(new Problem.FieldError("text", "one of text, html and url is required"));
        } else if (given.size() > 1) {
            errors.add(new Problem.FieldError(
                    given.get(1),
                    "give only one of text, html and url (this request has " + String.join(", ", given) + ")"));
        }
        if (request.html() != null && TextAdmission.isBlank(request.html())) {
            errors.add(new Problem.FieldError("html", "must not be blank"));
        }
        if (request.url() != null) {
            if (!fetchEnabled) {
                errors.add(new Problem.FieldError(
                        "url", "URL input is turned off on this service (summarizer.fetch.enabled=false)"));
            } else if (request.url().isBlank()) {
                errors.add(new Problem.FieldError("url", "must not be blank"));
            } else if (request.url().length() > MAX_URL_CHARS) {
                errors.add(new Problem.FieldError("url", "must be at most " + MAX_URL_CHARS + " characters"));
            } else {
                try {
                    PageFetcher.parse(request.url());
                } catch (FetchException e) {
                    errors.add(new Problem.FieldError("url", e.getMessage()));
                }
            }
        }
    }

    /** Refuses, with 422, texts the pipeline cannot tokenize in bounded time. */
    static void checkProcessable(String text) {
        TextAdmission.checkWords(text).ifPresent(refusal -> {
            throw new UnprocessableTextException(refusal.code(), refusal.title(), refusal.detail());
        });
    }
}
