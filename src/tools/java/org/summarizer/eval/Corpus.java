package org.summarizer.eval;

import java.nio.file.Path;
import java.util.List;
import org.summarizer.document.Document;

/**
 * An annotated data set.
 *
 * @param name      the file name without {@code .jsonl}, plus {@code -flat} for the flattened variant
 * @param file      the data file
 * @param articles  its articles (flattened for the flat variant)
 * @param documents their annotations, in the same order
 */
public record Corpus(String name, Path file, List<Article> articles, List<Document> documents) {

    public Corpus {
        articles = List.copyOf(articles);
        documents = List.copyOf(documents);
        if (articles.size() != documents.size()) {
            throw new IllegalArgumentException("one document per article expected");
        }
    }

    /** Each document's sentences, one line each, as scored. */
    public List<List<String>> sentences() {
        return documents.stream().map(Evaluation::sentenceTexts).toList();
    }

    /** Each article's reference sentences. */
    public List<List<String>> references() {
        return articles.stream().map(Article::referenceSentences).toList();
    }
}
