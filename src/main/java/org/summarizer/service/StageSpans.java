package org.summarizer.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs each pipeline stage of a request in an OpenTelemetry span of its own, a child of the span current when the
 * work was submitted (the request's server span, carried into the worker thread by {@link SummaryService}). With the
 * SDK disabled the tracer is a no-op and a stage costs one extra lambda call.
 */
final class StageSpans {

    /** The prefix of every stage span's name, e.g. {@code summarizer.annotate}. */
    static final String PREFIX = "summarizer.";

    private final Tracer tracer;

    StageSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Runs {@code stage} in a span named {@code summarizer.<name>}; a failure marks the span as an error and is
     * rethrown. {@code describe} adds attributes from the stage's result.
     */
    <T> T run(String name, Supplier<T> stage, Function<T, Attributes> describe) {
        Span span = tracer.spanBuilder(PREFIX + name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            T result = stage.get();
            describe.apply(result).addTo(span);
            return result;
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Attributes a stage adds to its span: counts only, never article text. */
    record Attributes(String key, long value) {
        static final Attributes NONE = new Attributes(null, 0);

        void addTo(Span span) {
            if (key != null) {
                span.setAttribute(PREFIX + key, value);
            }
        }
    }
}
