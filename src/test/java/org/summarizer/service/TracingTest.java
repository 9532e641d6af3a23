package org.summarizer.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summarizer.testing.Readiness;

/**
 * With tracing on, a request that carries a W3C {@code traceparent} gets a server span in the caller's trace and,
 * beneath it, one span per pipeline stage run on the worker pool: the context crosses into the pool's threads.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    /** The SDK on, spans kept in memory instead of sent over OTLP. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "0.05s");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordedSpans.class);
        }
    }

    private static final String STAGES_ORDER = "annotate,features,score,select";

    @Inject
    RecordedSpans recorded;

    @BeforeEach
    void ready() {
        Readiness.await(Duration.ofSeconds(30));
    }

    private List<SpanData> spansOf(String traceId, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<SpanData> spans = recorded.finished().stream()
                    .filter(s -> s.getTraceId().equals(traceId))
                    .toList();
            if (spans.size() >= atLeast || System.nanoTime() > deadline) {
                return spans;
            }
            Thread.sleep(50);
        }
    }

    private static List<SpanData> stages(List<SpanData> spans) {
        return spans.stream()
                .filter(s -> s.getName().startsWith(StageSpans.PREFIX))
                .sorted(java.util.Comparator.comparingLong(SpanData::getStartEpochNanos))
                .toList();
    }

    @Test
    @Timeout(60)
    void stageSpansOfTheWorkerPoolJoinTheCallersTrace() throws InterruptedException {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";
        given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType("application/json")
                .body("{\"text\": \"The council met on Monday. It approved a new bridge over the river. Work starts in"
                        + " May. The bridge will cost ten million dollars. Residents welcomed the plan.\","
                        + " \"sentences\": 2}")
                .post("/v1/summaries")
                .then()
                .statusCode(200);

        List<SpanData> spans = spansOf(traceId, 5);
        SpanData server = spans.stream()
                .filter(s -> s.getKind() == SpanKind.SERVER)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server span in " + spans));
        assertThat(server.getParentSpanId()).isEqualTo(callerSpan);

        List<SpanData> stages = stages(spans);
        assertThat(stages)
                .extracting(s -> s.getName().substring(StageSpans.PREFIX.length()))
                .containsExactly(STAGES_ORDER.split(","));
        assertThat(stages).allSatisfy(stage -> {
            assertThat(stage.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(stage.getStartEpochNanos()).isGreaterThanOrEqualTo(server.getStartEpochNanos());
            assertThat(stage.getEndEpochNanos()).isLessThanOrEqualTo(server.getEndEpochNanos());
        });
        assertThat(stages.get(0).getAttributes().asMap())
                .containsEntry(io.opentelemetry.api.common.AttributeKey.longKey("summarizer.sentences"), 5L);
        assertThat(stages.get(3).getAttributes().asMap())
                .containsEntry(io.opentelemetry.api.common.AttributeKey.longKey("summarizer.returned"), 2L);
    }

    @Test
    @Timeout(60)
    void everyLineOfABatchHasItsStagesInTheBatchRequestsTrace() throws InterruptedException {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .contentType("application/x-ndjson")
                .body(("{\"id\": 1, \"text\": \"Rain fell on the valley. The river flooded the town.\"}\n"
                                + "{\"id\": 2, \"text\": \"Officials met on Monday. They approved a new bridge.\"}\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/v1/summaries/batch")
                .then()
                .statusCode(200);

        List<SpanData> stages = stages(spansOf(traceId, 9));
        assertThat(stages).hasSize(8);
        assertThat(stages.stream().filter(s -> s.getName().equals("summarizer.annotate")))
                .hasSize(2);
    }
}
