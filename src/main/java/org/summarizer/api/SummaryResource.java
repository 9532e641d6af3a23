package org.summarizer.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.summarizer.scoring.Algorithm;
import org.summarizer.service.PageReader;
import org.summarizer.service.SummaryService;
import org.summarizer.summary.SentenceOrder;

/** {@code POST /v1/summaries}: summarize an article sent as JSON (text, html or url), plain text or HTML. */
@Path("/v1/summaries")
@Tag(name = "Summaries")
public class SummaryResource {

    private final SummaryService service;
    private final RequestValidator validator;
    private final RequestMapper mapper;

    public SummaryResource(SummaryService service, RequestValidator validator, RequestMapper mapper) {
        this.service = service;
        this.validator = validator;
        this.mapper = mapper;
    }

    /** Summarizes an article described by a JSON request. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Summarize an article (JSON)",
            description = "Returns the article's most important sentences with their offsets. With "
                    + "`Accept: text/plain` only the summary text is returned.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SummaryRequest.class),
                            examples = {
                                @ExampleObject(
                                        name = "default",
                                        summary = "Three sentences in document order",
                                        value = ApiExamples.DEFAULT_REQUEST),
                                @ExampleObject(
                                        name = "budgets",
                                        summary = "Every limit at once, best first, with explanations",
                                        value = ApiExamples.BUDGET_REQUEST),
                                @ExampleObject(
                                        name = "lead",
                                        summary = "The Lead baseline",
                                        value = ApiExamples.LEAD_REQUEST),
                                @ExampleObject(
                                        name = "html",
                                        summary = "A web page's HTML; the article is extracted",
                                        value = ApiExamples.HTML_REQUEST),
                                @ExampleObject(
                                        name = "url",
                                        summary = "A page to fetch; the article is extracted",
                                        value = ApiExamples.URL_REQUEST)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SummaryResponse.class),
                        examples = @ExampleObject(name = "summary", value = ApiExamples.RESPONSE)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class))
            })
    @APIResponse(
            responseCode = "400",
            description = "Blank text, malformed JSON, invalid options, a URL that may not be fetched",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = ApiExamples.PROBLEM_400)))
    @APIResponse(
            responseCode = "413",
            description = "Body or text over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Neither JSON, plain text nor HTML; or a fetched page that is not HTML or text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Text in a language that is not loaded (unsupported-language), mostly in another script, or"
                    + " with a run too long to tokenize",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "502",
            description = "The url's server answered with an error or could not be reached",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "504",
            description = "The url's page did not arrive within summarizer.fetch.timeout",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Models still loading, or at capacity; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> summarizeJson(SummaryRequest request, HttpHeaders headers) {
        return summarize(request, headers);
    }

    /** Summarizes an article sent as the plain-text body, with the options as query parameters. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Summarize an article (plain text)",
            description = "The body is the article; options are query parameters with the names of the JSON "
                    + "fields, e.g. `?sentences=2&order=rank`. Unknown parameters are rejected.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.TEXT_PLAIN,
                            schema = @Schema(implementation = String.class),
                            examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE)))
    @Parameter(
            name = "sentences",
            in = ParameterIn.QUERY,
            description = "1 to 50; default 3",
            example = "2",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"))
    @Parameter(
            name = "order",
            in = ParameterIn.QUERY,
            description = "position or rank",
            example = "rank",
            schema = @Schema(implementation = SentenceOrder.class))
    @Parameter(
            name = "algorithm",
            in = ParameterIn.QUERY,
            description = "features, lead, textrank or lexrank",
            example = "features",
            schema = @Schema(implementation = Algorithm.class))
    @Parameter(
            name = "title",
            in = ParameterIn.QUERY,
            description = "the headline",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "maxWords",
            in = ParameterIn.QUERY,
            description = "word budget",
            example = "60",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @Parameter(
            name = "maxChars",
            in = ParameterIn.QUERY,
            description = "character budget",
            example = "400",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @Parameter(
            name = "ratio",
            in = ParameterIn.QUERY,
            description = "0 < ratio <= 1",
            example = "0.2",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true, maximum = "1"))
    @Parameter(
            name = "language",
            in = ParameterIn.QUERY,
            description = "the text's ISO 639-1 code, overriding detection; loaded: en",
            example = "en",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "explain",
            in = ParameterIn.QUERY,
            description = "true for feature contributions",
            example = "false",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SummaryResponse.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class))
            })
    @APIResponse(
            responseCode = "422",
            description = "Text in a language that is not loaded (unsupported-language), mostly in another script, or"
                    + " with a run too long to tokenize",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> summarizeText(byte[] body, UriInfo uriInfo, HttpHeaders headers) {
        String text = PlainText.decode(body, headers.getMediaType());
        return summarize(QueryOptions.toRequest(text, uriInfo.getQueryParameters()), headers);
    }

    /** Summarizes the article in a web page sent as the body, with the options as query parameters. */
    @POST
    @Consumes({MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Summarize the article in a web page (HTML)",
            description = "The body is the page, decoded with the charset of the Content-Type header, else of the"
                    + " page's meta charset, else UTF-8. The article is extracted from it; the response adds the"
                    + " extracted `text` that the offsets index and the `title` used. Options are query parameters,"
                    + " as for plain text.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(implementation = String.class),
                            examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @APIResponse(
            responseCode = "200",
            description = "The summary, with the extracted text and title",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SummaryResponse.class)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class))
            })
    @Parameter(
            name = "language",
            in = ParameterIn.QUERY,
            description = "the text's ISO 639-1 code, overriding detection; loaded: en",
            example = "en",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "422",
            description = "No article found in the page, or its text cannot be summarized (in a language that is not"
                    + " loaded: unsupported-language)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> summarizeHtml(byte[] body, UriInfo uriInfo, HttpHeaders headers) {
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String html = PageReader.decode(body, contentType);
        return summarize(QueryOptions.toHtmlRequest(html, uriInfo.getQueryParameters()), headers);
    }

    private CompletionStage<Response> summarize(SummaryRequest request, HttpHeaders headers) {
        validator.validate(request);
        boolean plain = prefersPlainText(headers);
        return service.summarize(
                        mapper.toInput(request), request.title(), mapper.toOptions(request), mapper.toLanguage(request))
                .thenApply(summary -> {
                    if (plain) {
                        return Response.ok(summary.summary().text(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                                .build();
                    }
                    return Response.ok(mapper.toResponse(summary), MediaType.APPLICATION_JSON_TYPE)
                            .build();
                });
    }

    /** Plain text only when the client ranks it above JSON; {@code *}/{@code *} and no Accept get JSON. */
    private static boolean prefersPlainText(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
