package org.summarizer.api;

/** The body or the text exceeds the configured limit; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message, null, false, false);
    }
}
