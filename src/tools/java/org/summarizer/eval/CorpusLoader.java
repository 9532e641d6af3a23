package org.summarizer.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summarizer.document.Document;
import org.summarizer.nlp.CoreNlpAnnotator;

/**
 * Reads a JSONL data file and annotates it with the service's CoreNLP pipeline, through the annotation cache.
 *
 * @param cacheDir   where annotations are cached, or {@code null} for no cache
 * @param threads    annotation threads
 * @param log        where progress goes
 * @param properties the CoreNLP properties of the pipeline (the configured ones, as the service builds them)
 */
public record CorpusLoader(Path cacheDir, int threads, PrintStream log, Map<String, String> properties) {

    public CorpusLoader {
        // in order: the properties are part of the cache key
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * Loads and annotates a data file.
     *
     * @param flat  whether to join each article's paragraphs into one line first
     * @param limit at most this many articles from the start of the file, or 0 for all
     */
    public Corpus load(String file, boolean flat, int limit) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no data file at " + path.toAbsolutePath());
        }
        List<Article> articles = Article.readJsonl(path);
        if (limit > 0 && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        if (flat) {
            articles = articles.stream().map(Article::flattened).toList();
        }
        String name = path.getFileName().toString().replaceFirst("\\.jsonl$", "")
                + (limit > 0 ? "-first" + articles.size() : "")
                + (flat ? "-flat" : "");
        String pipelineKey = properties + (flat ? " flat" : "") + (limit > 0 ? " first" + articles.size() : "");
        List<Document> documents = AnnotatedCorpus.annotate(
                articles, path, pipelineKey, cacheDir, () -> new CoreNlpAnnotator(properties), threads, log);
        return new Corpus(name, path, articles, documents);
    }
}
