package org.summarizer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summarizer.testing.PackagedService;

/**
 * Misconfiguration stops the packaged service at start-up with a message naming the setting, instead of a ready
 * service that fails requests: a missing or invalid ranking model, a value out of range, settings that contradict
 * each other, a language without a pipeline in {@code summarizer.languages}, a model file CoreNLP cannot load.
 */
class MisconfigurationStartupIT {

    private static String startExpectingFailure(Path log, String modelSetting)
            throws IOException, InterruptedException {
        return startWithExpectingFailure(log, "-Dsummarizer.ranking.model=" + modelSetting);
    }

    private static String startWithExpectingFailure(Path log, String setting) throws IOException, InterruptedException {
        try (PackagedService service = PackagedService.start(log, setting)) {
            Process process = service.process();
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            String output = service.output();
            assertThat(exited)
                    .as("the service exits by itself; log:%n%s", output)
                    .isTrue();
            assertThat(process.exitValue()).as("exit status; log:%n%s", output).isNotZero();
            return output;
        }
    }

    @Test
    void aMissingModelFileStopsTheServiceNamingTheSetting(@TempDir Path dir) throws Exception {
        String output = startExpectingFailure(dir.resolve("missing.log"), "ranking/no-such-model.json");
        assertThat(output).contains("summarizer.ranking.model").contains("ranking/no-such-model.json");
    }

    @Test
    void aModelWithAnUnknownFeatureStopsTheService(@TempDir Path dir) throws Exception {
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("ranking/model.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path model = dir.resolve("model.json");
        Files.writeString(model, shipped.replace("\"firstSentence\"", "\"sentiment\""), StandardCharsets.UTF_8);
        String output = startExpectingFailure(dir.resolve("invalid.log"), model.toString());
        assertThat(output).contains("summarizer.ranking.model").contains("unknown feature 'sentiment'");
    }

    @Test
    void aFileThatIsNotAModelStopsTheService(@TempDir Path dir) throws Exception {
        String output = startExpectingFailure(dir.resolve("css.log"), "META-INF/resources/app.css");
        assertThat(output).contains("summarizer.ranking.model").contains("META-INF/resources/app.css");
    }

    @Test
    void aValueOutOfRangeStopsTheServiceNamingTheKey(@TempDir Path dir) throws Exception {
        String output = startWithExpectingFailure(dir.resolve("range.log"), "-Dsummarizer.defaults.sentences=0");
        assertThat(output).contains("summarizer.defaults.sentences");
    }

    @Test
    void contradictingLimitsStopTheServiceNamingBothKeys(@TempDir Path dir) throws Exception {
        String output = startWithExpectingFailure(dir.resolve("limits.log"), "-Dsummarizer.limits.max-body-size=4M");
        assertThat(output).contains("summarizer.limits.max-body-size").contains("quarkus.http.limits.max-body-size");
    }

    @Test
    void aLanguageWithoutAPipelineStopsTheServiceNamingTheKey(@TempDir Path dir) throws Exception {
        String output = startWithExpectingFailure(dir.resolve("languages.log"), "-Dsummarizer.languages=en,it");
        assertThat(output).contains("summarizer.languages: Italian (it) has no pipeline in this build");
    }

    @Test
    void aTaggerFileCoreNlpCannotReadStopsTheServiceInsteadOfStayingUnready(@TempDir Path dir) throws Exception {
        // The file exists, so the start-up check passes; loading it on the loader thread fails.
        String output = startWithExpectingFailure(
                dir.resolve("tagger.log"), "-Dsummarizer.corenlp.pos-model=META-INF/resources/app.css");
        assertThat(output).contains("Loading the NLP pipeline failed; the service stops");
    }
}
