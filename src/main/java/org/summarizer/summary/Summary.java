package org.summarizer.summary;

import java.util.List;
import java.util.stream.Collectors;
import org.summarizer.document.Document;
import org.summarizer.scoring.Algorithm;
import org.summarizer.selection.Shortfall;

/**
 * The result of summarizing one document.
 *
 * @param document  the annotated document
 * @param sentences the chosen sentences in the requested order
 * @param algorithm the ranker used
 * @param shortfall why fewer sentences were returned than asked for, or {@code null}
 */
public record Summary(Document document, List<SummarySentence> sentences, Algorithm algorithm, Shortfall shortfall) {

    public Summary {
        sentences = List.copyOf(sentences);
    }

    /** The chosen sentences joined by one space. */
    public String text() {
        return sentences.stream().map(s -> s.sentence().text().strip()).collect(Collectors.joining(" "));
    }
}
