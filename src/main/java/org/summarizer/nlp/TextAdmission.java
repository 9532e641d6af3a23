package org.summarizer.nlp;

import java.util.Optional;

/**
 * Decides, before annotation, whether the English CoreNLP pipeline can summarize a text in bounded time and with a
 * meaningful result: no run of more than {@link LongWordCheck#MAX_RUN} characters without white space (the tokenizer
 * is quadratic in such runs and cannot be interrupted), and mostly Latin-script letters ({@link ScriptCheck}). Every
 * caller of the annotator (the HTTP API and the offline {@code summarize} command) asks it first. Pure and
 * thread-safe.
 */
public final class TextAdmission {

    private TextAdmission() {}

    /**
     * Why a text is refused.
     *
     * @param code   a stable machine-readable reason: {@code word-too-long} or {@code unsupported-language}
     * @param title  a short English title
     * @param detail an English sentence saying what was found and what to send instead
     */
    public record Refusal(String code, String title, String detail) {}

    /**
     * Whether the text has nothing but white space in the Unicode sense, including no-break and em spaces (which
     * {@link String#isBlank()} and bean validation's {@code @NotBlank} let through).
     */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The refusal for a text the pipeline cannot process, or empty when it may be annotated: both checks below. */
    public static Optional<Refusal> check(String text) {
        Optional<Refusal> words = checkWords(text);
        return words.isPresent() ? words : checkScript(text);
    }

    /**
     * The refusal for a text with a run of over {@link LongWordCheck#MAX_RUN} characters without white space, which
     * the tokenizer would take too long over, or empty.
     */
    public static Optional<Refusal> checkWords(String text) {
        int run = LongWordCheck.longestRun(text);
        if (run > LongWordCheck.MAX_RUN) {
            return Optional.of(new Refusal(
                    "word-too-long",
                    "Word too long",
                    "The text contains " + run + " characters in a row without a space; the limit is "
                            + LongWordCheck.MAX_RUN + ". Send prose with words separated by spaces."));
        }
        return Optional.empty();
    }

    /**
     * The refusal for a text mostly in a script other than Latin, or empty. The service asks it after choosing the
     * language (org.summarizer.language), so that a text detected as Russian is refused naming Russian; it still
     * refuses, for instance, a Chinese text sent with {@code "language": "en"}.
     */
    public static Optional<Refusal> checkScript(String text) {
        ScriptCheck.Result script = ScriptCheck.check(text);
        if (!script.supported()) {
            return Optional.of(new Refusal(
                    "unsupported-language",
                    "Unsupported language",
                    "Most letters of the text are in " + script.mainScriptName() + " script; this service"
                            + " summarizes English (Latin-script) text only."));
        }
        return Optional.empty();
    }
}
