package org.summarizer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.summarizer.config.SummarizerConfig;

/**
 * Answers a request whose declared {@code Content-Length} is over {@code summarizer.limits.max-body-size} with a
 * problem+json 413 at once, without reading the body, and closes the connection. It runs on the event loop before
 * Quarkus' own upload limit ({@code quarkus.http.limits.max-body-size}, which answers with an empty 413) and before
 * RESTEasy, so a client announcing 50 MB and sending a few bytes gets its answer in milliseconds and every path,
 * including static files, is covered. Bodies without a length (chunked) are capped by the HTTP layer at
 * {@code quarkus.http.limits.max-body-size} and texts by {@code summarizer.limits.max-text-chars}.
 */
@ApplicationScoped
public class DeclaredLengthGuard {

    private final long maxBodyBytes;
    private final ObjectMapper json;

    public DeclaredLengthGuard(SummarizerConfig config, ObjectMapper json) {
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.next();
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            // Netty rejects malformed lengths before we get here; keep a clear answer in case it does not.
            reject(context, 400, "invalid-request", "Invalid request", "The Content-Length header is not a number.");
            return;
        }
        if (length > maxBodyBytes) {
            reject(
                    context,
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "The body is larger than the limit of " + maxBodyBytes + " bytes.");
            return;
        }
        context.next();
    }

    private void reject(RoutingContext context, int status, String type, String title, String detail) {
        String body;
        try {
            body = json.writeValueAsString(new Problem("urn:summarizer:problem:" + type, title, status, detail, null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        HttpServerResponse response = context.response();
        // The unread body would otherwise be parsed as the next request on this connection.
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.setStatusCode(status);
        response.endHandler(ignored -> context.request().connection().close());
        response.end(body);
    }
}
