package org.summarizer.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.summarizer.config.SummarizerConfig;

/**
 * Refuses, at start-up, settings that contradict each other, with one line naming the keys; the ranges of single
 * keys are bean-validation constraints on {@link SummarizerConfig}, checked by Quarkus before this runs. Without it
 * such settings would surface only on some requests (a body limit above the HTTP layer's cap gives empty 413s, a
 * shutdown timeout below the request time limit cuts summaries off on every deploy).
 */
@ApplicationScoped
public class ConfigurationCheck {

    private final SummarizerConfig summarizer;
    private final Config config;

    public ConfigurationCheck(SummarizerConfig summarizer, Config config) {
        this.summarizer = summarizer;
        this.config = config;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = problems(
                summarizer,
                config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class),
                config.getOptionalValue("quarkus.shutdown.timeout", Duration.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid configuration: " + String.join("; ", problems));
        }
    }

    /**
     * What contradicts what, one sentence each (empty when the settings are consistent).
     *
     * @param httpMaxBody     {@code quarkus.http.limits.max-body-size}, if set
     * @param shutdownTimeout {@code quarkus.shutdown.timeout}, if set
     */
    static List<String> problems(
            SummarizerConfig summarizer, Optional<MemorySize> httpMaxBody, Optional<Duration> shutdownTimeout) {
        List<String> problems = new ArrayList<>();
        long body = summarizer.limits().maxBodySize().asLongValue();
        if (httpMaxBody.isPresent() && body > httpMaxBody.get().asLongValue()) {
            problems.add("summarizer.limits.max-body-size (" + body + " bytes) must not exceed"
                    + " quarkus.http.limits.max-body-size (" + httpMaxBody.get().asLongValue() + " bytes)");
        }
        if (summarizer.limits().maxTextChars() > body) {
            problems.add(
                    "summarizer.limits.max-text-chars (" + summarizer.limits().maxTextChars() + ") can never be"
                            + " reached under summarizer.limits.max-body-size (" + body + " bytes)");
        }
        Duration timeout = summarizer.workers().timeout();
        if (timeout.isNegative() || timeout.isZero()) {
            problems.add("summarizer.workers.timeout must be positive, got " + timeout);
        }
        if (summarizer.workers().retryAfter().toSeconds() < 1) {
            problems.add("summarizer.workers.retry-after must be at least 1s (Retry-After counts whole seconds)");
        }
        summarizer.workers().threads().ifPresent(threads -> {
            if (threads < 1) {
                problems.add("summarizer.workers.threads must be at least 1, got " + threads);
            }
        });
        if (shutdownTimeout.isPresent() && shutdownTimeout.get().compareTo(timeout) <= 0) {
            problems.add("quarkus.shutdown.timeout (" + shutdownTimeout.get() + ") must exceed"
                    + " summarizer.workers.timeout (" + timeout + "), or deploys cut running summaries off");
        }
        return problems;
    }
}
