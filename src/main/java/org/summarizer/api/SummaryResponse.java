package org.summarizer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to {@code POST /v1/summaries}.
 *
 * @param summary       the chosen sentences joined by one space
 * @param sentences     the chosen sentences in the requested order
 * @param algorithm     the ranker used
 * @param language      the language the text was processed as
 * @param sentenceCount sentences in the article
 * @param tokenCount    tokens in the article
 * @param shortfall     why fewer sentences were returned than asked for, or {@code null} when the request was met
 * @param text          for {@code html} and {@code url}: the extracted article text that the offsets index
 * @param title         for {@code html} and {@code url}: the title used, the request's or the page's
 * @param url           for {@code url}: the final URL after redirects
 */
@Schema(name = "SummaryResponse")
public record SummaryResponse(
        String summary,
        List<SummarySentenceDto> sentences,
        String algorithm,
        String language,
        int sentenceCount,
        int tokenCount,
        ShortfallDto shortfall,

        @Schema(
                description = "For html and url input: the extracted article text that offset and length index;"
                        + " paragraphs separated by line breaks.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String text,

        @Schema(description = "For html and url input: the title used, the request's or the one found in the page.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String title,

        @Schema(description = "For url input: the final URL after redirects.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String url) {

    /**
     * Why a summary is shorter than asked for.
     *
     * @param code      the most fundamental reason: {@code short-article}, {@code ratio}, {@code budget} or
     *                  {@code redundant}
     * @param reasons   every reason, most fundamental first (same codes)
     * @param requested the sentences asked for (explicitly or by default); {@code null} when only budgets were set
     * @param returned  the sentences returned
     * @param message   the same in one English sentence
     */
    @Schema(name = "Shortfall")
    public record ShortfallDto(
            @Schema(enumeration = {"short-article", "ratio", "budget", "redundant"})
            String code,

            List<String> reasons,
            Integer requested,
            int returned,
            String message) {}

    /**
     * One chosen sentence. {@code text.substring(offset, offset + length)} of the submitted text equals
     * {@code text} (offsets in UTF-16 code units, as JavaScript strings count).
     *
     * @param index    0-based position in the article
     * @param text     the sentence as submitted
     * @param offset   start in the submitted text
     * @param length   length in UTF-16 code units
     * @param score    score in [0, 1] under the algorithm
     * @param rank     1 for the best chosen sentence
     * @param features with {@code explain=true}: feature values and contributions by feature name, plus {@code
     *                 lengthPrior} (the article's shortness and minus the sentence's penalty) when the model's length
     *                 prior is active
     */
    @Schema(name = "SummarySentence")
    public record SummarySentenceDto(
            int index,
            String text,
            int offset,
            int length,
            double score,
            int rank,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, FeatureDto> features) {}

    /**
     * One feature's part in a sentence's score (for every algorithm these are the {@code features} ranker's).
     *
     * @param value        normalized value in [0, 1] (for {@code lengthPrior}: the article's shortness)
     * @param contribution how far the learned trees' splits on this feature moved the sentence's log-odds away from
     *                     the model's expected log-odds (path attribution; positive favours the sentence)
     */
    @Schema(name = "FeatureContribution")
    public record FeatureDto(double value, double contribution) {}
}
