package org.summarizer.service;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * A span exporter that keeps the finished spans in memory, for {@link TracingTest}. An alternative bean, so only the
 * test profile that enables it gets it; every other test runs with the SDK off.
 */
@Alternative
@Singleton
public class RecordedSpans implements SpanExporter {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    /** The spans exported so far. */
    public List<SpanData> finished() {
        return spans.getFinishedSpanItems();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        return spans.export(batch);
    }

    @Override
    public CompletableResultCode flush() {
        return spans.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return spans.shutdown();
    }
}
