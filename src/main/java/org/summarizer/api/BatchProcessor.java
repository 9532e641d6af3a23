package org.summarizer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.service.OverloadedException;
import org.summarizer.service.SummaryService;

/**
 * Runs the lines of a batch on the service's worker pool and emits their answers in input order as they finish.
 *
 * <p>A batch keeps at most as many lines in flight as there are workers, and each line goes through the same
 * admission as a single request (the queue's request and character budgets), so single requests keep their places
 * in the queue between a batch's lines: a batch of any length delays a single request by at most one line per
 * worker. A line that finds the queue full waits and retries until its time limit instead of failing. Results are
 * emitted as soon as every earlier line has been, so the batch is never held in memory whole.
 */
@ApplicationScoped
public class BatchProcessor {

    /** How long a line waits before trying a full queue again. */
    private static final long RETRY_MILLIS = 20;

    private final ObjectMapper json;
    private final RequestValidator validator;
    private final RequestMapper mapper;
    private final SummaryService service;
    private final ProblemMapper problems;
    private final int window;
    private final Duration lineTimeout;

    public BatchProcessor(
            ObjectMapper json,
            RequestValidator validator,
            RequestMapper mapper,
            SummaryService service,
            ProblemMapper problems,
            SummarizerConfig config) {
        this.json = json;
        this.validator = validator;
        this.mapper = mapper;
        this.service = service;
        this.problems = problems;
        this.window = config.workers().threads().orElse(Runtime.getRuntime().availableProcessors());
        this.lineTimeout = config.workers().timeout();
    }

    /** One answer per line, in the lines' order: the summary response with the line's {@code id}, or its error. */
    public Multi<ObjectNode> run(List<String> lines) {
        return Multi.createFrom().emitter(emitter -> new Window(lines, emitter).fill());
    }

    /** The lines in flight, oldest first; emits the head whenever it is done. */
    private final class Window {
        private final List<String> lines;
        private final MultiEmitter<? super ObjectNode> emitter;
        private final Deque<CompletableFuture<ObjectNode>> inFlight = new ArrayDeque<>();
        private int next;

        Window(List<String> lines, MultiEmitter<? super ObjectNode> emitter) {
            this.lines = lines;
            this.emitter = emitter;
        }

        synchronized void fill() {
            while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
                emitter.emit(inFlight.pollFirst().join());
            }
            while (inFlight.size() < window && next < lines.size() && !emitter.isCancelled()) {
                CompletableFuture<ObjectNode> answer = line(lines.get(next++)).toCompletableFuture();
                inFlight.addLast(answer);
                answer.whenComplete((result, failure) -> fill());
            }
            if (inFlight.isEmpty() && next >= lines.size()) {
                emitter.complete();
            }
        }
    }

    /** Parses, validates and summarizes one line; never fails: problems become error answers. */
    CompletionStage<ObjectNode> line(String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return done(error(null, problems.json(e)));
        }
        if (!node.isObject()) {
            return done(error(
                    null,
                    problems.invalid(new InvalidRequestException(
                            List.of(new Problem.FieldError("line", "must be a JSON object with a 'text' field"))))));
        }
        JsonNode id = ((ObjectNode) node).remove("id");
        SummaryRequest request;
        try {
            request = json.treeToValue(node, SummaryRequest.class);
            validator.validate(request);
        } catch (JsonProcessingException e) {
            return done(error(id, problems.json(e)));
        } catch (RuntimeException e) {
            return done(error(id, problemFor(e)));
        }
        long deadline = System.nanoTime() + lineTimeout.toNanos();
        return submit(request, deadline)
                .thenApply(summary -> {
                    ObjectNode answer = json.createObjectNode();
                    answer.set("id", id);
                    answer.setAll((ObjectNode) json.valueToTree(mapper.toResponse(summary)));
                    return answer;
                })
                .exceptionally(failure -> error(id, problemFor(failure)));
    }

    /** Submits to the pool, waiting for room while the queue is full, up to the line's deadline. */
    private CompletionStage<org.summarizer.service.ArticleSummary> submit(SummaryRequest request, long deadline) {
        try {
            return service.summarize(
                    mapper.toInput(request), request.title(), mapper.toOptions(request), mapper.toLanguage(request));
        } catch (OverloadedException full) {
            if (System.nanoTime() > deadline) {
                return CompletableFuture.failedFuture(full);
            }
            return CompletableFuture.supplyAsync(
                            () -> null, CompletableFuture.delayedExecutor(RETRY_MILLIS, TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> submit(request, deadline));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Response problemFor(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof InvalidRequestException invalid) {
            return problems.invalid(invalid);
        }
        if (cause instanceof PayloadTooLargeException tooLarge) {
            return problems.tooLarge(tooLarge);
        }
        if (cause instanceof UnprocessableTextException unprocessable) {
            return problems.unprocessable(unprocessable);
        }
        if (cause instanceof OverloadedException overloaded) {
            return problems.overloaded(overloaded);
        }
        if (cause instanceof org.summarizer.fetch.FetchException fetch) {
            return problems.fetch(fetch);
        }
        if (cause instanceof org.summarizer.service.RejectedArticleException rejected) {
            return problems.rejectedArticle(rejected);
        }
        if (cause instanceof org.summarizer.language.UnsupportedLanguageException unsupported) {
            return problems.unsupportedLanguage(unsupported);
        }
        if (cause instanceof org.summarizer.service.NotReadyException notReady) {
            return problems.notReady(notReady);
        }
        return problems.unexpected(cause);
    }

    private ObjectNode error(JsonNode id, Response problem) {
        ObjectNode answer = json.createObjectNode();
        answer.set("id", id);
        answer.set("error", json.valueToTree(problem.getEntity()));
        return answer;
    }

    private static CompletionStage<ObjectNode> done(ObjectNode answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
