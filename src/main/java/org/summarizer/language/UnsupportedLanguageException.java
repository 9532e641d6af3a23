package org.summarizer.language;

/** The text is confidently in a language whose pipeline is not loaded; answered with 422 unsupported-language. */
public final class UnsupportedLanguageException extends RuntimeException {

    private final Language detected;

    /**
     * @param detected the language the text is in
     * @param detail   names it and the loaded languages, without quoting the text
     */
    public UnsupportedLanguageException(Language detected, String detail) {
        super(detail, null, false, false);
        this.detected = detected;
    }

    /** The language the text is in. */
    public Language detected() {
        return detected;
    }
}
