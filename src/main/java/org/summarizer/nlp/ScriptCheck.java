package org.summarizer.nlp;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a text is written in a script the English CoreNLP pipeline handles. The tokenizer, tagger and
 * entity model are English-only: Chinese or Japanese text comes out as a handful of "sentences" of single tokens
 * many characters long (and tokenizing long runs without spaces is slow), Arabic or Cyrillic text is tagged as
 * unknown foreign words. Such texts are refused with 422 rather than answered with a summary that looks valid but
 * is not. Pure and thread-safe.
 *
 * <p>The rule: count the letters ({@link Character#isLetter(int)}) by Unicode script; the text is supported when it
 * has no letters at all (numbers and punctuation only) or when at least {@value #MIN_LATIN_SHARE} of its letters are
 * Latin script. An English article quoting a few words of Greek, Chinese or Arabic therefore still passes.
 */
public final class ScriptCheck {

    /** The smallest share of Latin letters among all letters that is still summarized. */
    public static final double MIN_LATIN_SHARE = 0.5;

    private ScriptCheck() {}

    /**
     * The outcome of the check.
     *
     * @param supported    whether the text may be summarized
     * @param letters      the number of letters in the text
     * @param latinShare   the share of Latin-script letters among them (1 when there are no letters)
     * @param mainScript   the most frequent script among the letters, e.g. {@code HAN}; {@code null} without letters
     */
    public record Result(boolean supported, int letters, double latinShare, UnicodeScript mainScript) {

        /** The main script for people: {@code "Han"}, {@code "Arabic"}, {@code "Latin"}. */
        public String mainScriptName() {
            if (mainScript == null) {
                return "none";
            }
            StringBuilder name = new StringBuilder();
            for (String part : mainScript.name().split("_")) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
            return name.toString();
        }
    }

    /** Checks a text; linear in its length. */
    public static Result check(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            UnicodeScript script = UnicodeScript.of(c);
            if (script == UnicodeScript.LATIN) {
                latin++;
            }
            counts.merge(script, 1, Integer::sum);
        }
        if (letters == 0) {
            return new Result(true, 0, 1, null);
        }
        UnicodeScript main = null;
        int best = -1;
        for (Map.Entry<UnicodeScript, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > best) {
                best = entry.getValue();
                main = entry.getKey();
            }
        }
        double share = (double) latin / letters;
        return new Result(share >= MIN_LATIN_SHARE, letters, share, main);
    }
}
