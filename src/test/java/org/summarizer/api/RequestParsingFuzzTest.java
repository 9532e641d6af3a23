package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.summarizer.config.StandaloneConfiguration;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.nlp.LongWordCheck;
import org.summarizer.selection.SelectionLimits;
import org.summarizer.summary.SummaryOptions;

/**
 * Fuzzes request parsing: JSON bodies through a Jackson mapper configured like the service's
 * ({@link StrictJsonCustomizer}), query strings through {@link QueryOptions}, plain-text bodies through
 * {@link PlainText}, then {@link RequestMapper} validation and option mapping. Only the documented exceptions may
 * come out, each of which the service answers with a 4xx, and problem details must not carry internals.
 *
 * <p>{@code ./mvnw verify} runs the committed inputs in {@code RequestParsingFuzzTestInputs/} as regression tests;
 * the {@code fuzz} Maven profile sets {@code JAZZER_FUZZ=1} and fuzzes for {@code maxDuration}.
 */
class RequestParsingFuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    static final RequestValidator REQUESTS = new RequestValidator(VALIDATOR, config(100_000, 1_000));
    static final RequestMapper MAPPER = new RequestMapper();
    static final List<String> NAMES = List.copyOf(QueryOptions.NAMES);

    static {
        new StrictJsonCustomizer().customize(JSON);
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({
        "{\"text\":\"",
        "\"title\":",
        "\"sentences\":",
        "\"maxWords\":",
        "\"maxChars\":",
        "\"ratio\":",
        "\"order\":\"rank\"",
        "\"algorithm\":\"lexrank\"",
        "\"explain\":true",
        "null",
        "1e400",
        "-0.0",
        "NaN",
        "\\u0000",
        "\\ud800",
        "[[[[",
        "}}",
        "2147483648",
        "charset=",
        "utf-16",
        "ISO-8859-1"
    })
    void parseRequests(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> parseJson(data.consumeRemainingAsBytes());
            case 1 -> parseQuery(data);
            default -> parsePlainText(data);
        }
    }

    private static void parseJson(byte[] body) {
        SummaryRequest request;
        try {
            request = JSON.readValue(body, SummaryRequest.class);
        } catch (JsonProcessingException e) {
            // 400 malformed-json; the detail is shown to callers.
            assertSafeDetail(ProblemMapper.describe(e));
            return;
        } catch (CharConversionException e) {
            return; // 400 malformed-json (ProblemMapper.unreadable)
        } catch (IOException e) {
            throw new AssertionError("undocumented failure reading JSON", e);
        }
        validateAndMap(request);
    }

    private static void parseQuery(FuzzedDataProvider data) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        int parameters = data.consumeInt(0, 10);
        for (int i = 0; i < parameters; i++) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(20);
            query.add(name, data.consumeString(24));
        }
        String text = data.consumeRemainingAsString();
        SummaryRequest request;
        try {
            request = QueryOptions.toRequest(text, query);
        } catch (InvalidRequestException e) {
            assertThat(e.errors()).isNotEmpty();
            for (Problem.FieldError error : e.errors()) {
                assertThat(error.field())
                        .matches("[A-Za-z0-9_.\\-\\[\\]]*(\\.\\.\\.)?")
                        .hasSizeLessThanOrEqualTo(Names.MAX_LENGTH + 3);
            }
            return;
        }
        validateAndMap(request);
    }

    private static void parsePlainText(FuzzedDataProvider data) {
        String charset = data.consumeBoolean() ? null : data.consumeString(16);
        MediaType type = charset == null
                ? MediaType.TEXT_PLAIN_TYPE
                : new MediaType("text", "plain", Map.of(MediaType.CHARSET_PARAMETER, charset));
        String text;
        try {
            text = PlainText.decode(data.consumeRemainingAsBytes(), type);
        } catch (InvalidRequestException e) {
            return; // 400
        } catch (WebApplicationException e) {
            assertThat(e.getResponse().getStatus()).isEqualTo(415);
            assertThat(e.getResponse().getEntity()).isInstanceOf(Problem.class);
            return;
        }
        validateAndMap(new SummaryRequest(text, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static void validateAndMap(SummaryRequest request) {
        try {
            REQUESTS.validate(request);
        } catch (InvalidRequestException e) {
            assertThat(e.errors()).isNotEmpty();
            return; // 400
        } catch (PayloadTooLargeException e) {
            assertThat(request.text().length()).isGreaterThan(100_000);
            return; // 413
        } catch (UnprocessableTextException e) {
            assertThat(e.type()).isIn("word-too-long", "unsupported-language");
            assertSafeDetail(e.getMessage());
            return; // 422
        }
        // A valid request must map to domain options without any exception.
        SummaryOptions options = MAPPER.toOptions(request);
        SelectionLimits limits = options.limits();
        assertThat(request.text()).isNotBlank();
        assertThat(LongWordCheck.longestRun(request.text())).isLessThanOrEqualTo(LongWordCheck.MAX_RUN);
        if (limits.sentences() != null) {
            assertThat(limits.sentences()).isBetween(1, 50);
        }
        if (limits.ratio() != null) {
            assertThat(limits.ratio()).isGreaterThan(0).isLessThanOrEqualTo(1);
        }
    }

    private static void assertSafeDetail(String detail) {
        assertThat(detail)
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("com.fasterxml")
                .doesNotContain("<");
    }

    /** The shipped configuration with the given text and title limits. */
    static SummarizerConfig config(int maxTextChars, int maxTitleChars) {
        return StandaloneConfiguration.shipped(Map.of(
                "summarizer.limits.max-text-chars", String.valueOf(maxTextChars),
                "summarizer.limits.max-title-chars", String.valueOf(maxTitleChars)));
    }
}
