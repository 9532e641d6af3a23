package org.summarizer.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summarizer.eval.AnnotatedCorpus;
import org.summarizer.features.Feature;

/** What a trained model file records about how it was made: the data files with their hashes, labels, command. */
final class Provenance {

    private Provenance() {}

    /** One line naming each training file with its hash, the part trained on and its share. */
    static String trainingData(List<TrainingSplit> splits, Map<String, Double> shares) {
        List<String> parts = new ArrayList<>();
        for (TrainingSplit split : splits) {
            try {
                parts.add(split.paragraphs().file().getFileName() + " sha256:"
                        + AnnotatedCorpus.sha256(split.paragraphs().file()).substring(0, 16) + " (first "
                        + split.cut() + " of " + split.paragraphs().articles().size() + " articles, share "
                        + shares.get(split.name()) + ")");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The model file's provenance fields: {@code trainedAt}, {@code data} (each file with its SHA-256 and the articles
     * trained on), {@code labels}, {@code increasing} and {@code command}.
     *
     * @param rouge2  the labelling oracle's ROUGE-2 weight
     * @param command the command line
     */
    static Map<String, Object> of(List<TrainingSplit> splits, double rouge2, String command) throws IOException {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("trainedAt", LocalDate.now().toString());
        List<Map<String, Object>> files = new ArrayList<>();
        for (TrainingSplit split : splits) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", split.paragraphs().file().getFileName().toString());
            file.put("sha256", AnnotatedCorpus.sha256(split.paragraphs().file()));
            file.put("articles", split.paragraphs().articles().size());
            file.put("trainedOn", split.cut());
            files.add(file);
        }
        provenance.put("data", files);
        String objective = rouge2 == 0 ? "ROUGE-1" : rouge2 == 1 ? "ROUGE-1+2" : "ROUGE-1+" + rouge2 + "xROUGE-2";
        provenance.put("labels", "greedy " + objective + " oracle, up to 3 sentences");
        provenance.put(
                "increasing",
                Training.INCREASING.stream().sorted().map(Feature::key).toList());
        provenance.put("command", command);
        return provenance;
    }
}
