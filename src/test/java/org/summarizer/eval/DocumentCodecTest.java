package org.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summarizer.document.Document;
import org.summarizer.testing.SimpleAnnotator;

class DocumentCodecTest {

    @Test
    void documentsSurviveARoundTrip() throws Exception {
        SimpleAnnotator annotator = new SimpleAnnotator();
        List<Document> documents = List.of(
                annotator.annotate(
                        "Anna Berg met the mayor.\nThey talked for 2 hours. Café 😀 owners agreed!",
                        "Mayor meets Berg"),
                annotator.annotate("One line only.", null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DocumentCodec.write(documents, new DataOutputStream(bytes));
        List<Document> read = DocumentCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read).isEqualTo(documents);
    }
}
