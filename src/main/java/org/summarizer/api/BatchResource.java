package org.summarizer.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.summarizer.config.SummarizerConfig;
import org.summarizer.service.ModelLoader;
import org.summarizer.service.NotReadyException;

/**
 * {@code POST /v1/summaries/batch}: many articles in one request, as NDJSON; the answers stream back as NDJSON, one
 * line per input line in input order.
 */
@Path("/v1/summaries/batch")
@Tag(name = "Summaries")
public class BatchResource {

    /** Newline-delimited JSON, in and out. */
    static final String NDJSON = "application/x-ndjson";

    private final BatchProcessor processor;
    private final ModelLoader models;
    private final int maxLines;

    public BatchResource(BatchProcessor processor, ModelLoader models, SummarizerConfig config) {
        this.processor = processor;
        this.models = models;
        this.maxLines = config.batch().maxLines();
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Summarize many articles (NDJSON)",
            description = "Each line is a request object as for POST /v1/summaries plus an optional `id`. Each answer"
                    + " line is the summary response with that `id`, or `{\"id\": ..., \"error\": <problem>}` for a"
                    + " line that cannot be summarized; the other lines are still served. Blank lines are skipped.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = NDJSON,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(
            responseCode = "200",
            description = "One answer line per input line, in input order",
            content =
                    @Content(
                            mediaType = NDJSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            description = "One JSON object per line: a SummaryResponse with the"
                                                    + " line's id, or {id, error: Problem}")))
    @APIResponse(
            responseCode = "413",
            description = "More lines than summarizer.batch.max-lines, or a body over the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Models still loading; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<ObjectNode> summarize(byte[] body, HttpHeaders headers) {
        if (!models.isReady()) {
            throw new NotReadyException("The language models are still loading.");
        }
        List<String> lines = PlainText.decode(body, headers.getMediaType())
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        if (lines.size() > maxLines) {
            throw new PayloadTooLargeException("The batch has " + lines.size() + " lines; the limit"
                    + " (summarizer.batch.max-lines) is " + maxLines + ".");
        }
        return processor.run(lines);
    }
}
