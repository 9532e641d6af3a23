package org.summarizer.api;

import java.util.List;

/** The request is well-formed but some options are invalid; answered with 400 and one entry per field. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidRequestException(List<Problem.FieldError> errors) {
        super("invalid request", null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** One error per invalid field. */
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
