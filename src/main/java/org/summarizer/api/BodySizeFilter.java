package org.summarizer.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.summarizer.config.SummarizerConfig;

/**
 * Refuses a body whose declared length is over the limit with 413 before reading it. Bodies without a length
 * (chunked) are capped by the HTTP layer at {@code quarkus.http.limits.max-body-size}, and texts by
 * {@code summarizer.limits.max-text-chars}.
 */
public class BodySizeFilter {

    private final long maxBodyBytes;

    public BodySizeFilter(SummarizerConfig config) {
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response checkLength(ContainerRequestContext context) {
        String declared = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return null;
        }
        try {
            if (Long.parseLong(declared.strip()) <= maxBodyBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemMapper.problem(400, "invalid-request", "Invalid request",
                    "The Content-Length header is not a number.", null);
        }
        return ProblemMapper.problem(413, "payload-too-large", "Payload too large",
                "The body is larger than the limit of " + maxBodyBytes + " bytes.", null);
    }
}
