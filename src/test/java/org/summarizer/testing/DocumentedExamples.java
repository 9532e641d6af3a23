package org.summarizer.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP examples of a Markdown document: every request (an {@code http} block, or a {@code bash} block with one
 * {@code curl} to {@code localhost:8080}) with the response block that follows it in the same section, if any. A
 * JSON block that looks like an answer (it has {@code "summary"} or a problem {@code type}) but follows no request
 * is an orphan: a response nobody can check. {@code curl --data-binary @FILE} stands for the {@code text} of the
 * document's previous JSON request (the docs say "the same article in article.txt").
 */
public final class DocumentedExamples {

    private static final Pattern FENCE = Pattern.compile("^```\\s*([a-z]*)\\s*$");

    /**
     * One documented request.
     *
     * @param line     where its block starts (1-based)
     * @param method   the HTTP method
     * @param target   path and query, e.g. {@code /v1/summaries?sentences=1}
     * @param headers  request headers by name
     * @param body     the body, or {@code null}
     * @param response the documented response block's content, or {@code null} when none is shown
     * @param jsonResponse whether that block is JSON (else plain text)
     */
    public record Example(
            int line,
            String method,
            String target,
            Map<String, String> headers,
            String body,
            String response,
            boolean jsonResponse) {}

    /**
     * The parsed document.
     *
     * @param examples the requests in document order
     * @param orphans  the line numbers of response-like blocks that follow no request
     */
    public record Parsed(List<Example> examples, List<Integer> orphans) {}

    private record Block(int line, String language, String content, int section) {}

    private DocumentedExamples() {}

    /** Parses a Markdown document. */
    public static Parsed parse(String markdown) {
        List<Block> blocks = blocks(markdown);
        List<Example> examples = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        String lastJsonText = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Example request = request(block, lastJsonText);
            if (request == null) {
                if (looksLikeResponse(block)) {
                    orphans.add(block.line());
                }
                continue;
            }
            if (request.body() != null && request.body().startsWith("{")) {
                lastJsonText = jsonText(request.body(), lastJsonText);
            }
            if (i + 1 < blocks.size() && blocks.get(i + 1).section() == block.section()) {
                Block next = blocks.get(i + 1);
                if (next.language().equals("json")
                        || next.language().isEmpty()
                        || next.language().equals("text")) {
                    request = new Example(
                            request.line(),
                            request.method(),
                            request.target(),
                            request.headers(),
                            request.body(),
                            next.content(),
                            next.language().equals("json"));
                    i++;
                }
            }
            examples.add(request);
        }
        return new Parsed(examples, orphans);
    }

    private static boolean looksLikeResponse(Block block) {
        return block.language().equals("json")
                && (block.content().contains("\"summary\"") || block.content().contains("urn:summarizer:problem"));
    }

    private static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        int section = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (lines[i].startsWith("#")) {
                section++;
            } else if (fence.matches()) {
                int start = i;
                StringBuilder content = new StringBuilder();
                for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                    content.append(lines[i]).append('\n');
                }
                blocks.add(new Block(start + 1, fence.group(1), content.toString(), section));
            }
        }
        return blocks;
    }

    private static Example request(Block block, String lastJsonText) {
        if (block.language().equals("http")) {
            return http(block);
        }
        if (block.language().equals("bash") && block.content().contains("curl ")) {
            return curl(block, lastJsonText);
        }
        return null;
    }

    private static Example http(Block block) {
        String[] parts = block.content().split("\n\n", 2);
        String[] head = parts[0].split("\n");
        String[] requestLine = head[0].trim().split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int h = 1; h < head.length; h++) {
            String[] header = head[h].split(":", 2);
            headers.put(header[0].trim(), header[1].trim());
        }
        String body = parts.length > 1 ? parts[1].strip() : null;
        return new Example(block.line(), requestLine[0], requestLine[1], headers, body, null, false);
    }

    private static Example curl(Block block, String lastJsonText) {
        List<String> words = shellWords(block.content().replace("\\\n", " "));
        Map<String, String> headers = new LinkedHashMap<>();
        String target = null;
        String body = null;
        for (int w = words.indexOf("curl") + 1; w < words.size(); w++) {
            String word = words.get(w);
            switch (word) {
                case "-H" -> {
                    String[] header = words.get(++w).split(":", 2);
                    headers.put(header[0].trim(), header[1].trim());
                }
                case "-d", "--data", "--data-binary" -> {
                    body = words.get(++w);
                    if (body.startsWith("@")) {
                        if (lastJsonText == null) {
                            throw new IllegalArgumentException("line " + block.line() + ": " + body
                                    + " stands for the text of a previous JSON request, and there is none");
                        }
                        body = lastJsonText;
                    }
                }
                case "-s", "-i", "-S" -> {}
                default -> {
                    if (word.startsWith("localhost:8080")) {
                        target = word.substring("localhost:8080".length());
                    } else if (word.equals("#") || word.startsWith("#")) {
                        w = words.size();
                    } else {
                        throw new IllegalArgumentException("line " + block.line() + ": unsupported curl word " + word);
                    }
                }
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("line " + block.line() + ": curl without a localhost:8080 URL");
        }
        return new Example(block.line(), body == null ? "GET" : "POST", target, headers, body, null, false);
    }

    /** Splits a command line as bash does for single quotes, double quotes (with backslash escapes) and spaces. */
    static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word = (word == null ? new StringBuilder() : word).append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                for (i++; command.charAt(i) != '"'; i++) {
                    if (command.charAt(i) == '\\' && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    word.append(command.charAt(i));
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static String jsonText(String body, String fallback) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            return node.hasNonNull("text") ? node.get("text").asText() : fallback;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return fallback;
        }
    }
}
