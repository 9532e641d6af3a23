package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.summarizer.config.StandaloneConfiguration;

/** The input rules of a request: exactly one of text, html and url, and URL input that can be switched off. */
class RequestValidatorTest {

    private static final Validator BEANS = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static RequestValidator validator(Map<String, String> settings) {
        return new RequestValidator(BEANS, StandaloneConfiguration.shipped(settings));
    }

    private static SummaryRequest request(String text, String html, String url) {
        return new SummaryRequest(text, html, url, null, null, null, null, null, null, null, null, null);
    }

    private static Problem.FieldError onlyError(RequestValidator validator, SummaryRequest request) {
        try {
            validator.validate(request);
        } catch (InvalidRequestException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("the request passed");
    }

    @Test
    void eachInputAloneIsValid() {
        RequestValidator validator = validator(Map.of());
        validator.validate(request("A cat sat on the mat.", null, null));
        validator.validate(request(null, "<p>A cat sat on the mat.</p>", null));
        validator.validate(request(null, null, "https://news.example.com/story?id=1"));
    }

    @Test
    void noneOrTwoInputsAreRefused() {
        RequestValidator validator = validator(Map.of());
        assertThat(onlyError(validator, request(null, null, null)).message())
                .isEqualTo("one of text, html and url is required");
        Problem.FieldError two = onlyError(validator, request("A text.", "<p>A page.</p>", null));
        assertThat(two.field()).isEqualTo("html");
        assertThat(two.message()).contains("only one of text, html and url", "text, html");
        assertThat(onlyError(validator, request(null, " \u00a0 ", null)))
                .isEqualTo(new Problem.FieldError("html", "must not be blank"));
    }

    @Test
    void aUrlMustBeAnHttpUrl() {
        RequestValidator validator = validator(Map.of());
        assertThat(onlyError(validator, request(null, null, "file:///etc/passwd"))
                        .message())
                .contains("Only http and https");
        assertThat(onlyError(validator, request(null, null, "not a url")).field())
                .isEqualTo("url");
        assertThat(onlyError(validator, request(null, null, "https://" + "a".repeat(5_000) + ".com/"))
                        .message())
                .contains("at most 4000 characters");
    }

    @Test
    void urlInputTurnedOffIsRefusedNamingTheSetting() {
        RequestValidator validator = validator(Map.of("summarizer.fetch.enabled", "false"));
        Problem.FieldError error = onlyError(validator, request(null, null, "https://news.example.com/story"));
        assertThat(error.field()).isEqualTo("url");
        assertThat(error.message()).contains("summarizer.fetch.enabled=false");
        validator.validate(request(null, "<p>HTML still works.</p>", null));
    }
}
