package org.summarizer.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.summarizer.document.Document;
import org.summarizer.document.DocumentAnnotator;

/**
 * Annotates every article of a data set on several threads (one shared pipeline, as in the service), keeping the
 * input order, and caches the result under a key made of the data file's SHA-256 and the pipeline's properties.
 */
public final class AnnotatedCorpus {

    private AnnotatedCorpus() {}

    /**
     * The annotated documents of the articles, from the cache when present.
     *
     * @param dataFile  the JSONL file the articles came from (for the cache key)
     * @param pipelineKey a string that changes whenever the annotator's configuration does
     * @param cacheDir  where to keep caches, or {@code null} for none
     */
    public static List<Document> annotate(
            List<Article> articles,
            Path dataFile,
            String pipelineKey,
            Path cacheDir,
            java.util.function.Supplier<DocumentAnnotator> annotator,
            int threads,
            PrintStream log)
            throws IOException {
        Path cache = cacheDir == null
                ? null
                : cacheDir.resolve(sha256(dataFile).substring(0, 16) + "-"
                        + sha256(pipelineKey + "\n" + annotationCodeHash()).substring(0, 16) + ".bin");
        if (cache != null && Files.isRegularFile(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                List<Document> documents = DocumentCodec.read(in);
                if (documents.size() == articles.size()) {
                    log.printf("Using cached annotations %s%n", cache);
                    return documents;
                }
            } catch (IOException | RuntimeException e) {
                log.printf("Ignoring unreadable cache %s%n", cache);
            }
        }
        DocumentAnnotator shared = annotator.get();
        Progress progress = new Progress("annotate " + dataFile.getFileName(), articles.size(), log);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Document> documents = new ArrayList<>(articles.size());
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    Document document = shared.annotate(article.text(), article.title());
                    progress.step();
                    return document;
                }));
            }
            for (Future<Document> future : futures) {
                documents.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("annotation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (cache != null) {
            Files.createDirectories(cacheDir);
            Path tmp = cache.resolveSibling(cache.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                DocumentCodec.write(documents, out);
            }
            Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return documents;
    }

    /**
     * A hash of the compiled annotation code (the CoreNLP adapter with its paragraph and dateline rules, and the document records), so that a change to
     * how text is annotated invalidates the cache as a change of properties does.
     */
    static String annotationCodeHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : List.of(
                    org.summarizer.nlp.CoreNlpAnnotator.class,
                    org.summarizer.document.Document.class,
                    org.summarizer.document.Sentence.class,
                    org.summarizer.document.Token.class,
                    DocumentCodec.class)) {
                digest.update(classBytes(type));
            }
            for (String packagePrivate : List.of("Paragraphs", "Dateline")) {
                try (InputStream in =
                        AnnotatedCorpus.class.getResourceAsStream("/org/summarizer/nlp/" + packagePrivate + ".class")) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no class file for " + type.getName());
            }
            return in.readAllBytes();
        }
    }

    /** The hex SHA-256 of a string's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
