package org.summarizer.eval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.summarizer.document.Document;
import org.summarizer.document.Sentence;
import org.summarizer.document.Token;

/**
 * A compact binary form of annotated documents, so that training and ablations annotate a corpus once and reuse it
 * (CoreNLP is ~95% of the evaluation time). Token texts are not stored: they are cut from the document text.
 */
final class DocumentCodec {

    private static final int VERSION = 1;

    private DocumentCodec() {}

    static void write(List<Document> documents, DataOutputStream out) throws IOException {
        out.writeInt(VERSION);
        out.writeInt(documents.size());
        for (Document document : documents) {
            writeString(out, document.text());
            writeTokens(out, document.titleTokens(), true);
            out.writeInt(document.sentenceCount());
            for (Sentence sentence : document.sentences()) {
                out.writeInt(sentence.begin());
                out.writeInt(sentence.end());
                out.writeInt(sentence.paragraph());
                out.writeBoolean(sentence.paragraphStart());
                writeTokens(out, sentence.tokens(), false);
            }
        }
    }

    static List<Document> read(DataInputStream in) throws IOException {
        if (in.readInt() != VERSION) {
            throw new IOException("unsupported cache version");
        }
        int count = in.readInt();
        List<Document> documents = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            String text = readString(in);
            List<Token> titleTokens = readTokens(in, null);
            int sentenceCount = in.readInt();
            List<Sentence> sentences = new ArrayList<>(sentenceCount);
            for (int s = 0; s < sentenceCount; s++) {
                int begin = in.readInt();
                int end = in.readInt();
                int paragraph = in.readInt();
                boolean paragraphStart = in.readBoolean();
                sentences.add(new Sentence(
                        s, begin, end, text.substring(begin, end), readTokens(in, text), paragraph, paragraphStart));
            }
            documents.add(new Document(text, sentences, titleTokens));
        }
        return documents;
    }

    private static void writeTokens(DataOutputStream out, List<Token> tokens, boolean withText) throws IOException {
        out.writeInt(tokens.size());
        for (Token token : tokens) {
            if (withText) {
                writeString(out, token.text());
            }
            writeString(out, token.lemma());
            writeString(out, token.pos());
            writeString(out, token.ner());
            out.writeInt(token.begin());
            out.writeInt(token.end());
        }
    }

    /** Reads tokens; their text is cut from {@code source} when given, else read from the stream. */
    private static List<Token> readTokens(DataInputStream in, String source) throws IOException {
        int n = in.readInt();
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = source == null ? readString(in) : null;
            String lemma = readString(in);
            String pos = readString(in);
            String ner = readString(in);
            int begin = in.readInt();
            int end = in.readInt();
            tokens.add(new Token(text != null ? text : source.substring(begin, end), lemma, pos, ner, begin, end));
        }
        return tokens;
    }

    /** Strings may exceed writeUTF's 64 KB limit, so they are written as length-prefixed UTF-8. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
