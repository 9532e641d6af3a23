package org.summarizer.service;

/** The worker pool and its queue are full, or the request ran out of time; the request may be retried later. */
public class OverloadedException extends RuntimeException {

    public OverloadedException(String message) {
        super(message, null, false, false);
    }
}
