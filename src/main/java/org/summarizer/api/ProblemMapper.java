package org.summarizer.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ExceptionUnwrapStrategy;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.UnwrapException;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.fetch.FetchException;
import org.summarizer.language.UnsupportedLanguageException;
import org.summarizer.service.NotReadyException;
import org.summarizer.service.OverloadedException;
import org.summarizer.service.RejectedArticleException;

/**
 * Turns every failure into an RFC 9457 problem answer. Details are written for the caller and never include a stack
 * trace, a Java class name or the submitted text; unexpected failures are logged and answered with a generic 500.
 * A summary fails asynchronously, wrapped in a {@link CompletionException}; Quarkus REST unwraps it and maps its
 * cause ({@link UnwrapException}), even though the {@link Throwable} mapper would match the wrapper.
 */
@UnwrapException(value = CompletionException.class, strategy = ExceptionUnwrapStrategy.UNWRAP_IF_NO_EXACT_MATCH)
@Singleton
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_PREFIX = "urn:summarizer:problem:";

    private final long retryAfterSeconds;

    public ProblemMapper(SummarizerConfig config) {
        this.retryAfterSeconds = Math.max(1, config.workers().retryAfter().toSeconds());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        int n = e.errors().size();
        return problem(
                400,
                "invalid-request",
                "Invalid request",
                n + (n == 1 ? " option is invalid." : " options are invalid."),
                e.errors());
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e) {
        return problem(413, "payload-too-large", "Payload too large", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableTextException e) {
        return problem(422, e.type(), e.title(), e.getMessage(), null);
    }

    /**
     * The body could not be read: bytes that are not text in the encoding the JSON parser detected (e.g. a body
     * starting with three zero bytes is read as UTF-32), a chunked body over {@code quarkus.http.limits.max-body-size}
     * (Vert.x has then already answered 413), or a client that went away. None is a server fault, so none is logged
     * as an error.
     */
    @ServerExceptionMapper
    public Response unreadable(IOException e, HttpServerRequest request) {
        if (e instanceof CharConversionException) {
            return problem(
                    400,
                    "malformed-json",
                    "Malformed JSON",
                    "The body is not valid text in the encoding of its first bytes (UTF-8, UTF-16 or UTF-32).",
                    null);
        }
        LOG.debugf("Request body could not be read: %s", e.getMessage());
        if (request.response().headWritten()) {
            // Vert.x has answered already (413 for a chunked body over the hard cap) and closes the connection.
            return null;
        }
        if ("Request too large".equals(e.getMessage())) {
            return problem(
                    413, "payload-too-large", "Payload too large", "The request body is larger than the limit.", null);
        }
        return problem(400, "invalid-request", "Invalid request", "The request body could not be read.", null);
    }

    /** A text (submitted or extracted from a page) confidently in a language that is not loaded. */
    @ServerExceptionMapper
    public Response unsupportedLanguage(UnsupportedLanguageException e) {
        return problem(422, "unsupported-language", "Unsupported language", e.getMessage(), null);
    }

    /** A page's article that cannot be summarized: none found (422), too long (413), refused by the pipeline (422). */
    @ServerExceptionMapper
    public Response rejectedArticle(RejectedArticleException e) {
        return problem(e.tooLarge() ? 413 : 422, e.code(), e.title(), e.getMessage(), null);
    }

    /**
     * A URL that may not be fetched is the caller's (400); an upstream that fails is a bad gateway (502), one that
     * is too slow a gateway timeout (504); a page too large is 413 and one of another type 415.
     */
    @ServerExceptionMapper
    public Response fetch(FetchException e) {
        return switch (e.reason()) {
            case INVALID_URL -> problem(400, "invalid-url", "URL not fetched", e.getMessage(), null);
            case DISABLED -> problem(400, "url-input-disabled", "URL input is off", e.getMessage(), null);
            case ADDRESS_NOT_ALLOWED -> problem(400, "url-not-allowed", "URL not allowed", e.getMessage(), null);
            case UNREACHABLE -> problem(502, "upstream-unreachable", "Page not reachable", e.getMessage(), null);
            case UPSTREAM_STATUS -> problem(502, "upstream-error", "Page not available", e.getMessage(), null);
            case TOO_MANY_REDIRECTS -> problem(502, "too-many-redirects", "Too many redirects", e.getMessage(), null);
            case TIMEOUT -> problem(504, "upstream-timeout", "Page fetch timed out", e.getMessage(), null);
            case TOO_LARGE -> problem(413, "page-too-large", "Page too large", e.getMessage(), null);
            case UNSUPPORTED_TYPE -> problem(415, "unsupported-page-type", "Not a web page", e.getMessage(), null);
        };
    }

    @ServerExceptionMapper
    public Response notReady(NotReadyException e) {
        return unavailable("not-ready", "Not ready", e.getMessage(), 5);
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e) {
        return unavailable("overloaded", "Service overloaded", e.getMessage(), retryAfterSeconds);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e) {
        return invalidChoice(e).orElseGet(() -> problem(400, "malformed-json", "Malformed JSON", describe(e), null));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    /**
     * An unknown {@code algorithm} or {@code order} is an invalid option (400 invalid-request naming the field and
     * the choices), not malformed JSON: the JSON is fine, the value is not one of the enum's.
     */
    private Optional<Response> invalidChoice(JsonProcessingException e) {
        Class<?> target = null;
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            target = instantiation.getType().getRawClass();
        } else if (e instanceof MismatchedInputException mismatch) {
            target = mismatch.getTargetType();
        }
        if (target == null
                || !(e instanceof JsonMappingException mapping)
                || mapping.getPath().isEmpty()) {
            return Optional.empty();
        }
        String field = Names.safe(fieldPath(mapping.getPath()));
        return Choices.message(target)
                .map(message -> invalid(new InvalidRequestException(List.of(new Problem.FieldError(field, message)))));
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(JsonParseException e) {
        return problem(400, "malformed-json", "Malformed JSON", describe(e), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(500, null, "Internal Server Error", "The request failed; see the service log.", null);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        return problem(status, null, title, webDetail(status), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return problem(500, null, "Internal Server Error", "The request failed; see the service log.", null);
    }

    private static String webDetail(int status) {
        return switch (status) {
            case 404 -> "No resource at this path. The API is POST /v1/summaries.";
            case 405 -> "This method is not allowed here. Use POST /v1/summaries.";
            case 406 -> "The service answers application/json or text/plain.";
            case 413 -> "The request body is larger than the limit.";
            case 414 -> "The request URI is too long.";
            case 415 -> "Send the article as application/json, text/plain or text/html.";
            default -> "The request could not be processed.";
        };
    }

    /** A caller-readable description of a JSON error: where, and which field, without Jackson's class names. */
    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "The JSON document is too deeply nested or too large.";
        }
        StringBuilder detail = new StringBuilder();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = Names.safe(fieldPath(mapping.getPath()));
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                detail.append("Field '")
                        .append(field)
                        .append("' must be ")
                        .append(typeName(mismatch.getTargetType()))
                        .append('.');
            } else {
                detail.append("Field '").append(field).append("' has an invalid value.");
            }
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            detail.append("The body must be ")
                    .append(typeName(mismatch.getTargetType()))
                    .append('.');
        } else {
            detail.append("The body is not valid JSON.");
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            detail.append(" (line ")
                    .append(location.getLineNr())
                    .append(", column ")
                    .append(location.getColumnNr())
                    .append(')');
        }
        return detail.toString();
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a JSON object";
    }

    private static Response unavailable(String type, String title, String detail, long retryAfter) {
        return Response.fromResponse(problem(503, type, title, detail, null))
                .header("Retry-After", Long.toString(retryAfter))
                .build();
    }

    static Response problem(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        String typeUri = type == null ? "about:blank" : TYPE_PREFIX + type;
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(typeUri, title, status, detail, errors))
                .build();
    }
}
