package org.summarizer.service;

/**
 * The article text cannot be summarized: none was found in the page, it is longer than the limit, or the pipeline
 * refuses it (a page's article or a submitted text mostly in a script the pipeline does not handle).
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
