package org.summarizer.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summarizer.document.Document;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * A rule-based stand-in for CoreNLP in tests that must not load models: sentences end at {@code .!?} or a line
 * break, tokens are words or single punctuation marks, the lemma is the lower-cased word without a plural "s",
 * capitalized words not at the sentence start are proper nouns and PERSON entities, digits are CD, a few pronouns
 * are PRP and everything else is NN. Offsets are exact, like CoreNLP's.
 */
public final class SimpleAnnotator implements DocumentAnnotator {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"')\\u201D]*|$)", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "their", "its");

    @Override
    public Document annotate(String text, String title) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        int paragraph = 0;
        int previousEnd = -1;
        while (m.find()) {
            int begin = m.start();
            int end = m.end();
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (begin == end) {
                continue;
            }
            boolean paragraphStart =
                    previousEnd < 0 || text.substring(previousEnd, begin).indexOf('\n') >= 0;
            if (paragraphStart && previousEnd >= 0) {
                paragraph++;
            }
            sentences.add(new Sentence(
                    sentences.size(),
                    begin,
                    end,
                    text.substring(begin, end),
                    tokens(text, begin, end),
                    paragraph,
                    paragraphStart));
            previousEnd = end;
        }
        List<Token> titleTokens = title == null || title.isBlank() ? List.of() : tokens(title, 0, title.length());
        return new Document(text, sentences, titleTokens);
    }

    private static List<Token> tokens(String text, int begin, int end) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(begin, end);
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean first = tokens.isEmpty();
            String pos;
            String ner = Token.NO_ENTITY;
            if (Character.isDigit(word.charAt(0))) {
                pos = "CD";
            } else if (PRONOUNS.contains(lower)) {
                pos = "PRP";
            } else if (!Character.isLetterOrDigit(word.charAt(0))) {
                pos = word;
            } else if (Character.isUpperCase(word.charAt(0)) && !first) {
                pos = "NNP";
                ner = "PERSON";
            } else {
                pos = "NN";
            }
            String lemma = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                    ? lower.substring(0, lower.length() - 1)
                    : lower;
            tokens.add(new Token(word, lemma, pos, ner, m.start(), m.end()));
        }
        return tokens;
    }
}
