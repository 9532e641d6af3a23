package org.summarizer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Line-level clean-up of a rendered article body: the headline repeated above the body, bylines, dates and URLs
 * directly under it, and the short boilerplate lines Readability keeps ("Related: ...", "Read more: ...",
 * "Advertisement", "Subscribe to our newsletter", "contributed reporting", copyright notices).
 */
final class LineTrimmer {

    /** How many lines at the top count as the article's header. */
    private static final int HEADER_LINES = 5;

    /** Lines longer than this are prose, never boilerplate. */
    private static final int SHORT = 160;

    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(by|von|por|par|di|door|av|af|de|written by|posted by|reported by)\\s+\\p{Lu}.{0,80}$");

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^(published|updated|posted|last updated|first published|modified|posted on)\\b.{0,100}$");

    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?"
                    + "|nov(ember)?|dec(ember)?)\\b\\.?");

    private static final Pattern YEAR_OR_TIME =
            Pattern.compile("\\b(19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b");

    private static final Pattern URL = Pattern.compile("^(https?://|www\\.)\\S+$");

    /** Link-list headers and calls to action, wherever they appear. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^\\[?("
            + "(related|read more|see more|see also|also read|also|more|don'?t miss|you may also like"
            + "|you might also like|recommended( for you)?|most (read|popular|viewed)|trending( now)?"
            + "|related (posts?|coverage|articles?|stories|links|content))(\\s+[^\\s:]+){0,4}\\s*(:|\\.\\.\\.|…).*"
            + "|advert(isement)?|ad|comments?|\\d+ comments?|subscribe|sign up|share( this( article| story)?)?"
            + "|tags?:.*|.*\\b(sign up|subscribe) (for|to) .*(newsletter|email|updates|inbox|today).*"
            + "|.*\\bnewsletters?\\b.*\\b(inbox|sign up)\\b.*|follow us .*"
            + "|.*\\bcontributed (reporting|to this (report|story))\\b.*|this slideshow requires javascript\\.?"
            + ")$");

    /** A header line that is a label followed by a colon only ("More:", "Related:"). */
    private static final Pattern LIST_LABEL =
            Pattern.compile("(?iu)^(related|read more|see more|see also|more|also|don'?t miss|highlights)\\s*:?\\s*$");

    private LineTrimmer() {}

    /** {@code lines} without the header furniture and boilerplate lines. */
    static List<String> trim(List<String> lines, String title) {
        String normalisedTitle = title == null ? null : normalise(title);
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean header = i < HEADER_LINES && kept.size() < HEADER_LINES;
            if (header && isHeaderFurniture(line, normalisedTitle)) {
                continue;
            }
            if (line.length() <= SHORT
                    && (BOILERPLATE.matcher(line).matches()
                            || LIST_LABEL.matcher(line).matches())) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean isHeaderFurniture(String line, String normalisedTitle) {
        if (normalisedTitle != null && normalise(line).equals(normalisedTitle)) {
            return true;
        }
        if (URL.matcher(line).matches()
                || BYLINE.matcher(line).matches()
                || DATE_LINE.matcher(line).matches()) {
            return true;
        }
        // A short line that is essentially a date ("Nov. 20, 2019 5:52 AM EST", "September 15, 2014").
        return line.length() <= 60
                && YEAR_OR_TIME.matcher(line).find()
                && MONTH.matcher(line).find()
                && !line.endsWith(".");
    }

    private static String normalise(String text) {
        return TextRenderer.collapse(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
