package org.summarizer.service;

/**
 * The article text found in a page cannot be summarized: none was found, it is longer than the limit, or the
 * pipeline refuses it (as it would refuse it sent as text).
 */
public final class RejectedArticleException extends RuntimeException {

    private final String code;
    private final String title;
    private final boolean tooLarge;

    RejectedArticleException(String code, String title, String detail, boolean tooLarge) {
        super(detail, null, false, false);
        this.code = code;
        this.title = title;
        this.tooLarge = tooLarge;
    }

    /** The problem type's code, e.g. {@code no-article}. */
    public String code() {
        return code;
    }

    /** The problem's title. */
    public String title() {
        return title;
    }

    /** Whether the text is over the length limit (413) rather than unprocessable (422). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
