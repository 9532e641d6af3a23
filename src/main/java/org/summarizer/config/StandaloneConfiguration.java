package org.summarizer.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

/**
 * The service's {@code summarizer.*} configuration outside Quarkus (the offline tools, benchmarks and tests that
 * build the pipeline themselves): the same mapping, defaults and
 * {@code application.properties}, overridden by system properties ({@code -Dsummarizer.ranking.model=...}) and
 * environment variables ({@code SUMMARIZER_RANKING_TRIGRAM_BLOCKING=false}) as in the service, with Quarkus'
 * converters for sizes ({@code 1M}) and durations ({@code 10s}).
 */
public final class StandaloneConfiguration {

    /** Quarkus reads application.properties at ordinal 250, below system properties and environment variables. */
    private static final int APPLICATION_PROPERTIES_ORDINAL = 250;

    private StandaloneConfiguration() {}

    /** Reads the mapping with its defaults, {@code application.properties}, system properties and environment. */
    public static SummarizerConfig load() {
        return load(Map.of());
    }

    /** The same with {@code overrides} above every other source (for tests of configuration rules). */
    public static SummarizerConfig load(Map<String, String> overrides) {
        return build(overrides, true);
    }

    /**
     * What ships: the mapping's defaults and {@code application.properties} with {@code overrides}, ignoring system
     * properties and the environment (tests of the shipped settings, which other tests' properties must not reach).
     */
    public static SummarizerConfig shipped(Map<String, String> overrides) {
        return build(overrides, false);
    }

    private static SummarizerConfig build(Map<String, String> overrides, boolean environment) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder();
        if (environment) {
            builder.addDefaultSources();
        }
        builder.withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(SummarizerConfig.class);
        URL properties = StandaloneConfiguration.class.getClassLoader().getResource("application.properties");
        if (properties != null) {
            try {
                builder.withSources(new PropertiesConfigSource(properties, APPLICATION_PROPERTIES_ORDINAL));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        builder.withSources(new PropertiesConfigSource(overrides, "overrides", Integer.MAX_VALUE));
        SmallRyeConfig config = builder.build();
        return config.getConfigMapping(SummarizerConfig.class);
    }
}
