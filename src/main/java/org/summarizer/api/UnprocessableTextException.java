package org.summarizer.api;

/**
 * The request is valid but its text cannot be summarized by the English pipeline (another script, or a "word"
 * thousands of characters long); answered with 422 and a problem type naming the reason.
 */
public class UnprocessableTextException extends RuntimeException {

    private final String type;
    private final String title;

    /**
     * @param type   the problem type suffix, e.g. {@code unsupported-language}
     * @param title  the problem title
     * @param detail what is wrong with this text, without quoting it
     */
    public UnprocessableTextException(String type, String title, String detail) {
        super(detail, null, false, false);
        this.type = type;
        this.title = title;
    }

    /** The problem type suffix. */
    public String type() {
        return type;
    }

    /** The problem title. */
    public String title() {
        return title;
    }
}
