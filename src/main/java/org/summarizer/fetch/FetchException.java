package org.summarizer.fetch;

/** A page could not be fetched; {@link #reason()} says why, the message says it for the caller. */
public final class FetchException extends RuntimeException {

    /** Why a fetch failed. */
    public enum Reason {
        /** Not an absolute http or https URL. */
        INVALID_URL,
        /** URL input is turned off by configuration. */
        DISABLED,
        /** The host is, or resolves to, an address that may not be fetched. */
        ADDRESS_NOT_ALLOWED,
        /** The host name does not resolve, or nothing accepts the connection. */
        UNREACHABLE,
        /** The upstream answered with an error status. */
        UPSTREAM_STATUS,
        /** More redirects than allowed, or a redirect without a usable target. */
        TOO_MANY_REDIRECTS,
        /** The fetch took longer than its limit. */
        TIMEOUT,
        /** The page is larger than the limit. */
        TOO_LARGE,
        /** The page is not HTML or plain text. */
        UNSUPPORTED_TYPE
    }

    private final Reason reason;
    private final int upstreamStatus;

    FetchException(Reason reason, String message) {
        this(reason, message, 0);
    }

    FetchException(Reason reason, String message, int upstreamStatus) {
        super(message, null, false, false);
        this.reason = reason;
        this.upstreamStatus = upstreamStatus;
    }

    /** Why the fetch failed. */
    public Reason reason() {
        return reason;
    }

    /** The upstream's HTTP status for {@link Reason#UPSTREAM_STATUS}, else 0. */
    public int upstreamStatus() {
        return upstreamStatus;
    }
}
