package org.summarizer.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a wire or network story ({@code "WASHINGTON (CNN) -- "}, {@code "LONDON (Reuters) -
 * "}, {@code "(CNN)"}, {@code "NEW YORK — "}), so that the first sentence starts after it: a dateline names where
 * and from whom the story came, which no summary repeats.
 *
 * <p>Two forms count, and only at the very start of the text:
 *
 * <ul>
 *   <li>an optional place (up to five capitalized words, a comma between place and region allowed) followed by a
 *       source in parentheses (up to four words, at most 30 characters), then a dash ({@code --}, {@code -}, an en
 *       or em dash) or, when the place is absent or in capitals, nothing; a source in lower case
 *       ({@code "(dpa)"}) only after a place in capitals and before a dash;
 *   <li>a place in capitals (optionally {@code ", Region"}) followed by {@code --} or an en or em dash.
 * </ul>
 *
 * <p>{@code "Apple Inc (AAPL) said"} is not a dateline (a capitalized place, a source and no dash), nor is a text
 * the dateline would leave without a letter or digit.
 */
final class Dateline {

    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
    private static final String PLACE =
            PLACE_WORD + "(?: " + PLACE_WORD + "){0,4}(?:, " + PLACE_WORD + "(?: " + PLACE_WORD + "){0,2})?";
    private static final String CAPITALS_WORD = "\\p{Lu}[\\p{Lu}.'’\\-]*";
    private static final String CAPITALS_PLACE =
            CAPITALS_WORD + "(?: " + CAPITALS_WORD + "){0,4}(?:, " + PLACE_WORD + "(?: " + PLACE_WORD + "){0,2})?";
    private static final String SOURCE = "\\((?<source>(?=[^)]{1,30}\\))\\p{L}[^()\\s]*(?: [^()\\s]+){0,3})\\)";
    private static final String DASH = "(?:--|-|\u2013|\u2014)";
    /** Spaces within a line: a dateline never runs across a line break. */
    private static final String SPACE = "[ \\t\u00A0]*";

    /** A source in parentheses, after an optional place; group "place" is the place, group "dash" the dash. */
    private static final Pattern WITH_SOURCE = Pattern.compile(
            SPACE + "(?:(?<place>" + PLACE + ") ?)?" + SOURCE + SPACE + "(?<dash>" + DASH + ")?" + SPACE);

    /** A place in capitals and a long dash, no source. */
    private static final Pattern CAPITALS_AND_DASH =
            Pattern.compile(SPACE + CAPITALS_PLACE + " ?(?:--|\u2013|\u2014)" + SPACE);

    private Dateline() {}

    /**
     * The offset in {@code text} just past a dateline that opens the text at {@code start}, or {@code start} when it
     * does not open with one.
     *
     * @param text  the text
     * @param start where the text's first sentence begins
     */
    static int end(String text, int start) {
        int end = matchEnd(text, start);
        if (end == start) {
            return start;
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return end;
            }
        }
        return start;
    }

    private static int matchEnd(String text, int start) {
        Matcher matcher = WITH_SOURCE.matcher(text).region(start, text.length());
        if (matcher.lookingAt()) {
            String place = matcher.group("place");
            boolean dash = matcher.group("dash") != null;
            boolean capitals = place != null && isCapitals(place);
            boolean capitalSource =
                    Character.isUpperCase(matcher.group("source").charAt(0));
            if (capitalSource ? dash || place == null || capitals : dash && capitals) {
                return matcher.end();
            }
        }
        Matcher capitals = CAPITALS_AND_DASH.matcher(text).region(start, text.length());
        return capitals.lookingAt() ? capitals.end() : start;
    }

    /** Whether the part before any comma has no lower-case letter ("NEW YORK", "WASHINGTON, D.C." alike). */
    private static boolean isCapitals(String place) {
        int comma = place.indexOf(',');
        String head = comma < 0 ? place : place.substring(0, comma);
        return head.chars().noneMatch(Character::isLowerCase);
    }
}
