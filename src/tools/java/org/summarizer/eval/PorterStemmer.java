package org.summarizer.eval;

import java.util.Objects;

/**
 * The Porter (1980) suffix-stripping stemmer exactly as embedded in ROUGE-1.5.5 ({@code sub stem} in
 * {@code ROUGE-1.5.5.pl}), so that {@link Rouge} with stemming reproduces the published ROUGE-1.5.5 {@code -m} scores.
 *
 * <p>ROUGE-1.5.5 ships Martin Porter's Perl port of the algorithm, which departs from the 1980 paper (and from NLTK's
 * {@code ORIGINAL_ALGORITHM} mode) in three ways that this class keeps on purpose:
 * <ul>
 *   <li>step 2 maps {@code -bli} to {@code -ble} (the paper has {@code -abli} to {@code -able}) and adds
 *       {@code -logi} to {@code -log};</li>
 *   <li>step 4 was modified by Chin-Yew Lin (2004): after the main suffix list, {@code -ment} and then {@code -ent}
 *       are tried again, each on the result of the previous rule, so {@code agreement} becomes {@code agreem} and
 *       {@code fundamental} becomes {@code fundam};</li>
 *   <li>the "*o" test of steps 1b and 5 (ends consonant-vowel-consonant) only accepts a whole stem of the shape
 *       consonants, one vowel, one consonant other than w, x or y.</li>
 * </ul>
 * Everything else is the textbook algorithm: words shorter than three characters are returned unchanged, an initial
 * {@code y} counts as a consonant, and a {@code y} after a consonant counts as a vowel.
 *
 * <p>The input is expected to be a lowercase ASCII word (ROUGE lowercases and strips everything but {@code [a-z0-9]}
 * before stemming); other characters are treated as consonants, as in the Perl original. Note that ROUGE itself only
 * stems tokens longer than three characters; that rule lives in {@link Rouge}, not here.
 *
 * <p>This is a pure function with no state: it is safe to call from any number of threads.
 */
public final class PorterStemmer {

    /** Step 2 suffixes and their replacements, as in ROUGE-1.5.5's {@code %step2list}. */
    private static final String[][] STEP2 = {
        {"ational", "ate"},
        {"tional", "tion"},
        {"enci", "ence"},
        {"anci", "ance"},
        {"izer", "ize"},
        {"bli", "ble"},
        {"alli", "al"},
        {"entli", "ent"},
        {"eli", "e"},
        {"ousli", "ous"},
        {"ization", "ize"},
        {"ation", "ate"},
        {"ator", "ate"},
        {"alism", "al"},
        {"iveness", "ive"},
        {"fulness", "ful"},
        {"ousness", "ous"},
        {"aliti", "al"},
        {"iviti", "ive"},
        {"biliti", "ble"},
        {"logi", "log"},
    };

    /** Step 3 suffixes and their replacements, as in ROUGE-1.5.5's {@code %step3list}. */
    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    };

    /**
     * Step 4 suffixes of the first (CYL-modified) rule; {@code -ment}, {@code -ent} and {@code -ion} are handled
     * separately afterwards, exactly like the Perl code.
     */
    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive",
        "ize",
    };

    private PorterStemmer() {}

    /**
     * Stems one word.
     *
     * @param word a lowercase word, not null
     * @return its stem; the word itself if it is shorter than three characters or no rule applies
     */
    public static String stem(String word) {
        Objects.requireNonNull(word, "word");
        if (word.length() < 3) {
            return word;
        }
        StringBuilder w = new StringBuilder(word);
        // The Perl code upper-cases an initial y so that none of its patterns can take it for a vowel.
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w.setCharAt(0, 'Y');
        }
        step1a(w);
        step1b(w);
        step1c(w);
        replaceLongestSuffix(w, STEP2);
        replaceLongestSuffix(w, STEP3);
        step4(w);
        step5(w);
        if (initialY) {
            w.setCharAt(0, 'y');
        }
        return w.toString();
    }

    private static void step1a(StringBuilder w) {
        if (endsWith(w, "sses") || endsWith(w, "ies")) {
            w.setLength(w.length() - 2);
        } else if (w.length() >= 2 && w.charAt(w.length() - 1) == 's' && w.charAt(w.length() - 2) != 's') {
            w.setLength(w.length() - 1);
        }
    }

    private static void step1b(StringBuilder w) {
        if (endsWith(w, "eed")) {
            // "feed" keeps its ending: the eed rule wins even when its condition fails, so ed is not tried.
            if (measure(w, w.length() - 3) > 0) {
                w.setLength(w.length() - 1);
            }
            return;
        }
        int suffix = endsWith(w, "ed") ? 2 : endsWith(w, "ing") ? 3 : 0;
        if (suffix == 0 || !containsVowel(w, w.length() - suffix)) {
            return;
        }
        w.setLength(w.length() - suffix);
        int n = w.length();
        if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
            w.append('e');
        } else if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouylsz".indexOf(w.charAt(n - 1)) < 0) {
            w.setLength(n - 1);
        } else if (isShortCvc(w, n)) {
            w.append('e');
        }
    }

    private static void step1c(StringBuilder w) {
        int n = w.length();
        if (w.charAt(n - 1) == 'y' && containsVowel(w, n - 1)) {
            w.setCharAt(n - 1, 'i');
        }
    }

    /** Steps 2 and 3: the longest listed suffix is replaced if what precedes it has measure above 0. */
    private static void replaceLongestSuffix(StringBuilder w, String[][] rules) {
        String[] best = null;
        for (String[] rule : rules) {
            if (endsWith(w, rule[0]) && (best == null || rule[0].length() > best[0].length())) {
                best = rule;
            }
        }
        if (best != null) {
            int stemLength = w.length() - best[0].length();
            if (measure(w, stemLength) > 0) {
                w.setLength(stemLength);
                w.append(best[1]);
            }
        }
    }

    private static void step4(StringBuilder w) {
        String best = null;
        for (String suffix : STEP4) {
            if (endsWith(w, suffix) && (best == null || suffix.length() > best.length())) {
                best = suffix;
            }
        }
        if (best != null) {
            removeIfMeasureAboveOne(w, best.length());
        }
        // Three separate rules, each seeing the result of the one before (ROUGE-1.5.5's modification).
        if (endsWith(w, "ment")) {
            removeIfMeasureAboveOne(w, 4);
        }
        if (endsWith(w, "ent")) {
            removeIfMeasureAboveOne(w, 3);
        } else if (endsWith(w, "sion") || endsWith(w, "tion")) {
            removeIfMeasureAboveOne(w, 3);
        }
    }

    private static void removeIfMeasureAboveOne(StringBuilder w, int suffixLength) {
        int stemLength = w.length() - suffixLength;
        if (measure(w, stemLength) > 1) {
            w.setLength(stemLength);
        }
    }

    private static void step5(StringBuilder w) {
        int n = w.length();
        if (w.charAt(n - 1) == 'e') {
            int m = measure(w, n - 1);
            if (m > 1 || (m == 1 && !isShortCvc(w, n - 1))) {
                w.setLength(n - 1);
            }
        }
        n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 'l' && w.charAt(n - 2) == 'l' && measure(w, n) > 1) {
            w.setLength(n - 1);
        }
    }

    private static boolean endsWith(CharSequence w, String suffix) {
        int offset = w.length() - suffix.length();
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (w.charAt(offset + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Porter's consonant test: anything but a, e, i, o, u, except that a y after a consonant is a vowel. The
     * upper-case initial Y is therefore always a consonant.
     */
    private static boolean isConsonant(CharSequence w, int i) {
        char c = w.charAt(i);
        switch (c) {
            case 'a', 'e', 'i', 'o', 'u':
                return false;
            case 'y':
                return i == 0 || !isConsonant(w, i - 1);
            default:
                return true;
        }
    }

    /** The measure m of {@code w[0, length)}: the number of vowel-sequence/consonant-sequence pairs. */
    private static int measure(CharSequence w, int length) {
        int m = 0;
        boolean previousVowel = false;
        for (int i = 0; i < length; i++) {
            boolean vowel = !isConsonant(w, i);
            if (previousVowel && !vowel) {
                m++;
            }
            previousVowel = vowel;
        }
        return m;
    }

    /**
     * Whether {@code w[0, length)} contains a vowel. ROUGE's pattern {@code ^(C)?v} amounts to "contains a lower-case
     * a, e, i, o, u or y", which equals Porter's definition because a y preceded by a vowel implies a vowel anyway.
     */
    private static boolean containsVowel(CharSequence w, int length) {
        for (int i = 0; i < length; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * ROUGE's "*o" test, the Perl pattern {@code ^[^aeiou][^aeiouy]*[aeiouy][^aeiouwxy]$} on {@code w[0, length)}:
     * the whole stem is consonants, then exactly one vowel, then one consonant other than w, x or y.
     */
    private static boolean isShortCvc(CharSequence w, int length) {
        if (length < 3 || "aeiou".indexOf(w.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 1; i < length - 2; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return false;
            }
        }
        return "aeiouy".indexOf(w.charAt(length - 2)) >= 0 && "aeiouwxy".indexOf(w.charAt(length - 1)) < 0;
    }
}
