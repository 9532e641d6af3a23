package org.summarizer.service;

/** The models are still loading (or failed to load); the request may be retried later. */
public class NotReadyException extends RuntimeException {

    public NotReadyException(String message) {
        super(message, null, false, false);
    }
}
