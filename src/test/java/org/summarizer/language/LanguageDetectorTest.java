package org.summarizer.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.EvalData;

/**
 * The detector on the short news texts of docs/languages.md (2-5 sentences in 14 languages, written for it) and on
 * the first two lines of English dev articles: each is detected as its language, confidently enough for
 * {@link LanguagePolicy}; texts of a few words or numbers are not detected at all.
 */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.load();

    /** Code and text of every line of {@code short-news.tsv}. */
    static List<String[]> shortNews() throws IOException {
        List<String[]> samples = new ArrayList<>();
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/language/short-news.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    samples.add(line.split("\t", 2));
                }
            }
        }
        return samples;
    }

    @Test
    void everyShortNewsTextIsDetectedConfidentlyAsItsLanguage() throws IOException {
        List<String[]> samples = shortNews();
        assertThat(samples).hasSize(64);
        for (String[] sample : samples) {
            Detection detection = DETECTOR.detect(sample[1]);
            assertThat(detection.best()).as(sample[1]).isNotNull();
            assertThat(detection.best().code()).as(sample[1]).isEqualTo(sample[0]);
            assertThat(detection.ratio()).as(sample[1]).isGreaterThanOrEqualTo(LanguagePolicy.MIN_RATIO);
        }
    }

    @Test
    void englishOpeningsOfDevArticlesAreNeverTakenForAnotherLanguage() throws IOException {
        Path dir = EvalData.dir("the language detection check on English openings", List.of("cnn_dev.jsonl"));
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (String line : Files.readAllLines(dir.resolve("cnn_dev.jsonl"))) {
            JsonNode article = json.readTree(line);
            List<String> lines = article.get("text")
                    .asText()
                    .lines()
                    .filter(l -> !l.isBlank())
                    .limit(2)
                    .toList();
            Detection detection = DETECTOR.detect(String.join(" ", lines));
            // Confidently English, or too unclear to say (then English by fallback): never another language.
            if (detection.best() != null && detection.ratio() >= LanguagePolicy.MIN_RATIO) {
                assertThat(detection.best()).as(lines.toString()).isEqualTo(Language.ENGLISH);
            }
            if (++checked == 200) {
                break;
            }
        }
        assertThat(checked).isEqualTo(200);
    }

    @Test
    void theRestrictedModelGivesTheWholeModelsProbabilitiesRenormalizedOverTheFourteenLanguages() throws IOException {
        LanguageDetectorModel whole = LanguageDetector.loadWhole();
        LanguageDetectorModel restricted = LanguageDetector.restrict(whole);
        assertThat(restricted.getMaxentModel().getNumOutcomes()).isEqualTo(Language.values().length);
        for (String[] sample : shortNews()) {
            Map<String, Double> full = new HashMap<>();
            double sum = 0;
            for (var language : new LanguageDetectorME(whole).predictLanguages(sample[1])) {
                boolean kept = Arrays.stream(Language.values())
                        .anyMatch(l -> l.iso639_3().equals(language.getLang()));
                if (kept) {
                    full.put(language.getLang(), language.getConfidence());
                    sum += language.getConfidence();
                }
            }
            for (var language : new LanguageDetectorME(restricted).predictLanguages(sample[1])) {
                assertThat(language.getConfidence())
                        .as(sample[1] + " " + language.getLang())
                        .isCloseTo(full.get(language.getLang()) / sum, Offset.offset(1e-9));
            }
        }
    }

    @Test
    void fewLettersAreUndetectable() {
        for (String text : List.of("12,345 + 67 = 12,412. 2026-11-28.", "OK.", "Anna Ruiz, Berlin.", "", "   ")) {
            Detection detection = DETECTOR.detect(text);
            assertThat(detection.best()).as(text).isNull();
            assertThat(detection.letters()).as(text).isLessThan(LanguageDetector.MIN_LETTERS);
        }
    }

    @Test
    void aShortFewWordTextIsNotConfident() {
        Detection detection = DETECTOR.detect("A cat sat on the mat, and the dog barked.");
        assertThat(detection.letters()).isGreaterThanOrEqualTo(LanguageDetector.MIN_LETTERS);
        assertThat(detection.ratio()).isLessThan(LanguagePolicy.MIN_RATIO);
    }

    @Test
    void onlyTheFirstThousandCharactersAreRead() {
        String english = "The council approved the budget on Tuesday after a long debate about schools. ";
        String russian = "Городской совет во вторник утвердил бюджет после долгих дебатов о школах. ";
        String text = english.repeat(13) + russian.repeat(40);
        assertThat(english.repeat(13).length()).isGreaterThan(LanguageDetector.PREFIX_CHARS);
        assertThat(DETECTOR.detect(text).best()).isEqualTo(Language.ENGLISH);
        assertThat(DETECTOR.detect(russian.repeat(40) + english.repeat(13)).best())
                .isEqualTo(Language.RUSSIAN);
    }

    @Test
    void thePrefixNeverEndsInsideASurrogatePair() {
        String text = "a".repeat(LanguageDetector.PREFIX_CHARS - 1) + "\uD83D\uDE00" + "b";
        assertThat(LanguageDetector.prefix(text)).hasSize(LanguageDetector.PREFIX_CHARS - 1);
        assertThat(LanguageDetector.prefix("short")).isEqualTo("short");
    }

    @Test
    void theBestScoreIsComparedWithTheRunnerUpAndTheSum() {
        Detection detection =
                LanguageDetector.best(Map.of(Language.GERMAN, 0.6, Language.DUTCH, 0.2, Language.ENGLISH, 0.2), 50);
        assertThat(detection.best()).isEqualTo(Language.GERMAN);
        assertThat(detection.ratio()).isEqualTo(3.0, Offset.offset(1e-9));
        assertThat(detection.share()).isEqualTo(0.6, Offset.offset(1e-9));
        assertThat(LanguageDetector.best(Map.of(), 50).best()).isNull();
    }
}
