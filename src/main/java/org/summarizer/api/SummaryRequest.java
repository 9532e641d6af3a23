package org.summarizer.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.summarizer.scoring.Algorithm;
import org.summarizer.summary.SentenceOrder;

/**
 * The body of {@code POST /v1/summaries} with {@code Content-Type: application/json}; the plain-text and HTML
 * variants map their body and query parameters onto the same record. Exactly one of {@code text}, {@code html} and
 * {@code url} is given ({@link RequestValidator} checks it, and that {@code language} is a loaded language's ISO 639-1
 * code). Unknown JSON fields are ignored. {@code order} and {@code algorithm}
 * are the domain's enums: their API names are what JSON, the query parser, validation messages and the OpenAPI
 * enumeration use.
 */
@Schema(name = "SummaryRequest", description = "An article to summarize and how.")
public record SummaryRequest(
        @Schema(
                description = "The article text; paragraphs separated by line breaks. Give exactly one of text, html"
                        + " and url.",
                example = "The city council approved the budget on Tuesday. ...")
        String text,

        @Schema(
                description = "A web page's HTML: the article is extracted from it, and the response adds the"
                        + " extracted text (which the offsets index) and the title used.",
                example = "<html><head><title>Council approves budget</title></head><body><article><p>The city"
                        + " council approved the budget on Tuesday.</p></article></body></html>")
        String html,

        @Schema(
                description = "The http or https URL of a web page to fetch; only public addresses by default. The"
                        + " response adds the extracted text, the title used and the final URL after redirects.",
                example = "https://www.example.com/news/council-approves-budget")
        String url,

        @Schema(description = "The headline; used by the ranker when present.", example = "Council approves budget")
        String title,

        @Schema(
                description = "At most this many sentences, 1 to 50. Default 3 when no other limit is set.",
                minimum = "1",
                maximum = "50",
                example = "3")
        @Min(value = 1, message = "must be between 1 and 50")
        @Max(value = 50, message = "must be between 1 and 50")
        Integer sentences,

        @Schema(
                description = "Budget: at most this many words in the returned sentences.",
                minimum = "1",
                example = "80")
        @Min(value = 1, message = "must be at least 1")
        Integer maxWords,

        @Schema(description = "Budget: at most this many characters in the summary.", minimum = "1", example = "500")
        @Min(value = 1, message = "must be at least 1")
        Integer maxChars,

        @Schema(description = "At most ceil(ratio x sentence count) sentences; 0 < ratio <= 1.", example = "0.2")
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0 and at most 1")
        @DecimalMax(value = "1", message = "must be greater than 0 and at most 1")
        Double ratio,

        @Schema(description = "Sentence order: document order or best first.", defaultValue = "position")
        SentenceOrder order,

        @Schema(description = "The ranker.", defaultValue = "features")
        Algorithm algorithm,

        @Schema(
                description = "Attach each sentence's feature values and their contributions to its score.",
                defaultValue = "false")
        Boolean explain,

        @Schema(
                description = "The text's language as an ISO 639-1 code; overrides detection. Without it the"
                        + " language is detected: a text confidently in a language that is not loaded gets 422,"
                        + " a text too short or too mixed to tell is summarized as English. Loaded: en.",
                example = "en")
        String language) {}
