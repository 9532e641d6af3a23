package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Porter (1980), the examples given for each step.
        "caresses, caress",
        "ponies, poni",
        "ties, ti",
        "caress, caress",
        "cats, cat",
        "feed, feed",
        "agreed, agre",
        "plastered, plaster",
        "bled, bled",
        "motoring, motor",
        "sing, sing",
        "conflated, conflat",
        "troubled, troubl",
        "sized, size",
        "hopping, hop",
        "tanned, tan",
        "falling, fall",
        "hissing, hiss",
        "fizzed, fizz",
        "failing, fail",
        "filing, file",
        "happy, happi",
        "relational, relat",
        "conditional, condit",
        "rational, ration",
        "valenci, valenc",
        "digitizer, digit",
        "conformabli, conform",
        "radicalli, radic",
        "differentli, differ",
        "vileli, vile",
        "analogousli, analog",
        "vietnamization, vietnam",
        "predication, predic",
        "operator, oper",
        "feudalism, feudal",
        "decisiveness, decis",
        "hopefulness, hope",
        "callousness, callous",
        "formaliti, formal",
        "sensitiviti, sensit",
        "sensibiliti, sensibl",
        "triplicate, triplic",
        "formative, form",
        "formalize, formal",
        "electriciti, electr",
        "electrical, electr",
        "hopeful, hope",
        "goodness, good",
        "revival, reviv",
        "allowance, allow",
        "inference, infer",
        "airliner, airlin",
        "gyroscopic, gyroscop",
        "adjustable, adjust",
        "defensible, defens",
        "irritant, irrit",
        "replacement, replac",
        "adjustment, adjust",
        "dependent, depend",
        "adoption, adopt",
        "communism, commun",
        "activate, activ",
        "angulariti, angular",
        "homologous, homolog",
        "effective, effect",
        "bowdlerize, bowdler",
        "probate, probat",
        "rate, rate",
        "cease, ceas",
        "controlling, control",
        "roll, roll",
        "running, run",
        "generalization, gener",
        "generalizations, gener",
        "oscillators, oscil",
        // An initial y is a consonant; a y after a consonant is a vowel.
        "yelling, yell",
        "syzygy, syzygi",
        "toy, toi",
        "sky, sky",
    })
    void stemsLikeThePublishedAlgorithm(String word, String expected) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Martin Porter's published implementations map -bli (not -abli) and add -logi.
        "possibly, possibl",
        "anthropology, anthropolog",
        // ROUGE-1.5.5's step 4 retries -ment and -ent on the result of the main suffix list.
        "agreement, agreem",
        "fundamental, fundam",
        "placement, placem",
    })
    void keepsRouge155Departures(String word, String expected) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(expected);
    }

    @Test
    void leavesWordsShorterThanThreeCharactersAlone() {
        assertThat(PorterStemmer.stem("as")).isEqualTo("as");
        assertThat(PorterStemmer.stem("s")).isEqualTo("s");
        assertThat(PorterStemmer.stem("")).isEmpty();
        // Three characters are enough to be stemmed.
        assertThat(PorterStemmer.stem("its")).isEqualTo("it");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> PorterStemmer.stem(null));
    }

    /**
     * Compares with a line-by-line transliteration of ROUGE-1.5.5's Perl {@code sub stem}, regular expressions
     * included, on words built to hit every rule and its boundary conditions.
     */
    @Test
    void agreesWithTheRouge155PerlCodeOnGeneratedWords() {
        String[] suffixes = {
            "", "s", "ss", "sses", "ies", "eed", "ed", "ing", "y", "e", "ll", "at", "bl", "iz", "ational", "tional",
            "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism",
            "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti",
            "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
            "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        };
        String letters = "aeiouyybcdlmnrstwxzhgpy";
        Random random = new Random(20240611);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder word = new StringBuilder();
            int prefixLength = 1 + random.nextInt(6);
            for (int i = 0; i < prefixLength; i++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            word.append(suffixes[random.nextInt(suffixes.length)]);
            if (random.nextBoolean()) {
                word.append(suffixes[random.nextInt(suffixes.length)]);
            }
            String expected = PerlReference.stem(word.toString());
            String actual = PorterStemmer.stem(word.toString());
            checked++;
            if (!expected.equals(actual) && mismatches.size() < 20) {
                mismatches.add(word + ": expected " + expected + " but was " + actual);
            }
        }
        assertThat(checked).isEqualTo(30_000);
        assertThat(mismatches)
                .as("words stemmed differently from ROUGE-1.5.5's Perl code")
                .isEmpty();
    }

    /** ROUGE-1.5.5's {@code sub stem}, transliterated statement by statement with the same regular expressions. */
    private static final class PerlReference {

        private static final String C1 = "[^aeiou]";
        private static final String V1 = "[aeiouy]";
        private static final String CS = C1 + "[^aeiouy]*";
        private static final String VS = V1 + "[aeiou]*";
        private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
        private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
        private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
        private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
        private static final Pattern SHORT_CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");
        private static final Map<String, String> STEP2 = Map.ofEntries(
                Map.entry("ational", "ate"),
                Map.entry("tional", "tion"),
                Map.entry("enci", "ence"),
                Map.entry("anci", "ance"),
                Map.entry("izer", "ize"),
                Map.entry("bli", "ble"),
                Map.entry("alli", "al"),
                Map.entry("entli", "ent"),
                Map.entry("eli", "e"),
                Map.entry("ousli", "ous"),
                Map.entry("ization", "ize"),
                Map.entry("ation", "ate"),
                Map.entry("ator", "ate"),
                Map.entry("alism", "al"),
                Map.entry("iveness", "ive"),
                Map.entry("fulness", "ful"),
                Map.entry("ousness", "ous"),
                Map.entry("aliti", "al"),
                Map.entry("iviti", "ive"),
                Map.entry("biliti", "ble"),
                Map.entry("logi", "log"));
        private static final Map<String, String> STEP3 =
                Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

        static String stem(String word) {
            String w = word;
            if (w.length() < 3) {
                return w;
            }
            boolean initialY = w.startsWith("y");
            if (initialY) {
                w = "Y" + w.substring(1);
            }
            Matcher m;
            // Step 1a
            if ((m = find("(ss|i)es$", w)) != null) {
                w = pre(m, w) + m.group(1);
            } else if ((m = find("([^s])s$", w)) != null) {
                w = pre(m, w) + m.group(1);
            }
            // Step 1b
            if ((m = find("eed$", w)) != null) {
                if (MGR0.matcher(pre(m, w)).find()) {
                    w = w.substring(0, w.length() - 1);
                }
            } else if ((m = find("(ed|ing)$", w)) != null) {
                String stem = pre(m, w);
                if (HAS_VOWEL.matcher(stem).find()) {
                    w = stem;
                    if (find("(at|bl|iz)$", w) != null) {
                        w = w + "e";
                    } else if (find("([^aeiouylsz])\\1$", w) != null) {
                        w = w.substring(0, w.length() - 1);
                    } else if (SHORT_CVC.matcher(w).find()) {
                        w = w + "e";
                    }
                }
            }
            // Step 1c
            if ((m = find("y$", w)) != null) {
                String stem = pre(m, w);
                if (HAS_VOWEL.matcher(stem).find()) {
                    w = stem + "i";
                }
            }
            // Step 2
            if ((m = find(
                            "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism"
                                    + "|iveness|fulness|ousness|aliti|iviti|biliti|logi)$",
                            w))
                    != null) {
                String stem = pre(m, w);
                if (MGR0.matcher(stem).find()) {
                    w = stem + STEP2.get(m.group(1));
                }
            }
            // Step 3
            if ((m = find("(icate|ative|alize|iciti|ical|ful|ness)$", w)) != null) {
                String stem = pre(m, w);
                if (MGR0.matcher(stem).find()) {
                    w = stem + STEP3.get(m.group(1));
                }
            }
            // Step 4
            if ((m = find("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$", w)) != null) {
                String stem = pre(m, w);
                if (MGR1.matcher(stem).find()) {
                    w = stem;
                }
            }
            if ((m = find("ment$", w)) != null) {
                String stem = pre(m, w);
                if (MGR1.matcher(stem).find()) {
                    w = stem;
                }
            }
            if ((m = find("ent$", w)) != null) {
                String stem = pre(m, w);
                if (MGR1.matcher(stem).find()) {
                    w = stem;
                }
            } else if ((m = find("(s|t)(ion)$", w)) != null) {
                String stem = pre(m, w) + m.group(1);
                if (MGR1.matcher(stem).find()) {
                    w = stem;
                }
            }
            // Step 5
            if ((m = find("e$", w)) != null) {
                String stem = pre(m, w);
                if (MGR1.matcher(stem).find()
                        || (MEQ1.matcher(stem).find()
                                && !SHORT_CVC.matcher(stem).find())) {
                    w = stem;
                }
            }
            if (find("ll$", w) != null && MGR1.matcher(w).find()) {
                w = w.substring(0, w.length() - 1);
            }
            if (initialY) {
                w = "y" + w.substring(1);
            }
            return w;
        }

        /** Perl's {@code $w =~ /regex/}: the leftmost match, or null. */
        private static Matcher find(String regex, String w) {
            Matcher m = Pattern.compile(regex).matcher(w);
            return m.find() ? m : null;
        }

        /** Perl's {@code $`}: the text before the match. */
        private static String pre(Matcher m, String w) {
            return w.substring(0, m.start());
        }
    }
}
