package org.summarizer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentedExamplesTest {

    private static final String DOC = String.join(
            "\n",
            "# Try it",
            "```bash",
            "curl -s localhost:8080/v1/summaries -H 'Content-Type: application/json' \\",
            "  -d '{\"text\": \"A \\\"quoted\\\" cat.\\nIt sat.\", \"sentences\": 1}'",
            "```",
            "prose between request and response",
            "```json",
            "{\"summary\": \"A cat.\"}",
            "```",
            "```bash",
            "curl -s 'localhost:8080/v1/summaries?sentences=1' -H \"Accept: text/plain\" --data-binary @article.txt",
            "```",
            "```",
            "A cat.",
            "```",
            "## Another section",
            "```http",
            "POST /v1/summaries",
            "Content-Type: application/json",
            "",
            "{\"text\": \"x\"}",
            "```",
            "## Responses nobody asked for",
            "```json",
            "{\"type\": \"urn:summarizer:problem:not-ready\"}",
            "```",
            "");

    @Test
    void pairsRequestsWithTheResponseThatFollowsInTheirSection() {
        DocumentedExamples.Parsed parsed = DocumentedExamples.parse(DOC);
        assertThat(parsed.examples()).hasSize(3);
        DocumentedExamples.Example json = parsed.examples().get(0);
        assertThat(json.method()).isEqualTo("POST");
        assertThat(json.target()).isEqualTo("/v1/summaries");
        assertThat(json.headers()).containsEntry("Content-Type", "application/json");
        assertThat(json.body()).isEqualTo("{\"text\": \"A \\\"quoted\\\" cat.\\nIt sat.\", \"sentences\": 1}");
        assertThat(json.response()).isEqualTo("{\"summary\": \"A cat.\"}\n");
        assertThat(json.jsonResponse()).isTrue();

        DocumentedExamples.Example plain = parsed.examples().get(1);
        assertThat(plain.target()).isEqualTo("/v1/summaries?sentences=1");
        assertThat(plain.headers()).containsEntry("Accept", "text/plain");
        assertThat(plain.body())
                .as("@article.txt is the previous JSON request's text")
                .isEqualTo("A \"quoted\" cat.\nIt sat.");
        assertThat(plain.response()).isEqualTo("A cat.\n");
        assertThat(plain.jsonResponse()).isFalse();

        DocumentedExamples.Example http = parsed.examples().get(2);
        assertThat(http.body()).isEqualTo("{\"text\": \"x\"}");
        assertThat(http.response()).as("the next block is in another section").isNull();
        assertThat(parsed.orphans()).containsExactly(24);
    }
}
