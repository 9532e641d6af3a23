package org.summarizer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. Never carries stack traces, Java class names
 * or the submitted text.
 *
 * @param type   a URI naming the kind of problem ({@code about:blank} for plain HTTP errors)
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request, in words
 * @param errors with 400: one entry per invalid field
 */
@Schema(name = "Problem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The media type of problem answers. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field.
     *
     * @param field   the field or query parameter
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {}
}
