package org.summarizer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation article: {@code {"id", "title", "text", "reference"}} per line of a JSONL file, where the
 * reference holds one highlight sentence per line.
 *
 * @param id        identifier
 * @param title     headline or {@code null}
 * @param text      the article, one paragraph per line
 * @param reference the human summary, one sentence per line
 */
public record Article(String id, String title, String text, String reference) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The reference sentences. */
    public List<String> referenceSentences() {
        return reference.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * The same article with its paragraphs joined into one line, as a text pasted from a feed or a page without
     * line breaks arrives.
     */
    public Article flattened() {
        return new Article(id, title, text.replaceAll("\\s*\\R\\s*", " ").strip(), reference);
    }

    /** Reads every article of a JSONL file. */
    public static List<Article> readJsonl(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                articles.add(new Article(
                        node.path("id").asText(),
                        node.hasNonNull("title") ? node.get("title").asText() : null,
                        node.path("text").asText(),
                        node.path("reference").asText()));
            }
        }
        return articles;
    }
}
