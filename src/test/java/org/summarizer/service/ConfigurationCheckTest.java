package org.summarizer.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.summarizer.config.StandaloneConfiguration;
import org.summarizer.config.SummarizerConfig;

class ConfigurationCheckTest {

    private static final Optional<MemorySize> HTTP_CAP = Optional.of(new MemorySize(BigInteger.valueOf(2 << 20)));

    @Test
    void theShippedSettingsAreConsistent() {
        assertThat(ConfigurationCheck.problems(
                        StandaloneConfiguration.shipped(Map.of()), HTTP_CAP, Optional.of(Duration.ofSeconds(15))))
                .isEmpty();
    }

    @Test
    void eachContradictionIsNamedWithItsKeys() {
        SummarizerConfig config = StandaloneConfiguration.shipped(Map.of(
                "summarizer.limits.max-body-size", "4M",
                "summarizer.limits.max-text-chars", "5000000",
                "summarizer.workers.timeout", "0s",
                "summarizer.workers.retry-after", "0.5s",
                "summarizer.workers.threads", "0"));
        assertThat(ConfigurationCheck.problems(config, HTTP_CAP, Optional.of(Duration.ofSeconds(15))))
                .hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("summarizer.limits.max-body-size", "quarkus.http.limits"))
                .anySatisfy(p -> assertThat(p).contains("summarizer.limits.max-text-chars"))
                .anySatisfy(p -> assertThat(p).contains("summarizer.workers.timeout must be positive"))
                .anySatisfy(p -> assertThat(p).contains("summarizer.workers.retry-after"))
                .anySatisfy(p -> assertThat(p).contains("summarizer.workers.threads"));
    }

    @Test
    void aShutdownTimeoutWithinTheRequestTimeLimitIsRefused() {
        assertThat(ConfigurationCheck.problems(
                        StandaloneConfiguration.shipped(Map.of()), HTTP_CAP, Optional.of(Duration.ofSeconds(10))))
                .singleElement()
                .asString()
                .contains("quarkus.shutdown.timeout", "summarizer.workers.timeout");
        assertThat(ConfigurationCheck.problems(
                        StandaloneConfiguration.shipped(Map.of()), Optional.empty(), Optional.empty()))
                .isEmpty();
    }
}
