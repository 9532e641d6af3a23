package org.summarizer.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/** The lower-cased entity words of each sentence and of the title, and in how many sentences each occurs. */
final class EntityWords {

    private final List<Set<String>> bySentence = new ArrayList<>();
    private final Map<String, Integer> sentenceFrequency = new HashMap<>();
    private final Set<String> title;
    private final double[] novelty;

    EntityWords(Document document) {
        for (Sentence sentence : document.sentences()) {
            Set<String> words = words(sentence.tokens());
            bySentence.add(words);
            for (String word : words) {
                sentenceFrequency.merge(word, 1, Integer::sum);
            }
        }
        title = words(document.titleTokens());
        novelty = new double[bySentence.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bySentence.size(); i++) {
            Set<String> words = bySentence.get(i);
            int novel = 0;
            for (String word : words) {
                if (!seen.contains(word)) {
                    novel++;
                }
            }
            novelty[i] = words.isEmpty() ? 0 : (double) novel / words.size();
            seen.addAll(words);
        }
    }

    private static Set<String> words(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        for (Token token : tokens) {
            if (token.isEntity() && TextCues.isWord(token)) {
                words.add(token.text().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    double sharedShare(int sentence) {
        Set<String> words = bySentence.get(sentence);
        if (words.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : words) {
            if (sentenceFrequency.get(word) > 1) {
                shared++;
            }
        }
        return (double) shared / words.size();
    }

    /** The share of the sentence's entity words that no earlier sentence holds; 0 without entity words. */
    double novelShare(int sentence) {
        return novelty[sentence];
    }

    double titleShare(int sentence) {
        if (title.isEmpty()) {
            return 0;
        }
        Set<String> words = bySentence.get(sentence);
        int hits = 0;
        for (String word : title) {
            if (words.contains(word)) {
                hits++;
            }
        }
        return (double) hits / title.size();
    }
}
