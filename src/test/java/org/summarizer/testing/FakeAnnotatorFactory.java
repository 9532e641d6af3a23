package org.summarizer.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.service.AnnotatorFactory;

/**
 * Replaces CoreNLP in {@code @QuarkusTest}s with {@link SimpleAnnotator}, so the HTTP contract is tested in seconds
 * without models. With {@code test.annotator.hold=true} the "model load" waits until {@link #release()}, which lets a
 * test observe the service while it is still loading. A text containing {@link #BLOCKING_MARKER} keeps its worker
 * busy until {@link #releaseWorkers()}, which lets a test fill the worker pool deterministically.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeAnnotatorFactory implements AnnotatorFactory {

    /** Texts containing this word block their worker while {@link #holdWorkers()} is in effect. */
    public static final String BLOCKING_MARKER = "Blockingmarker";

    private static volatile CountDownLatch gate = new CountDownLatch(0);
    private static volatile CountDownLatch workerGate = new CountDownLatch(0);
    private static final AtomicInteger blocked = new AtomicInteger();

    /** Workers waiting in {@link #BLOCKING_MARKER} texts now. */
    public static int blockedWorkers() {
        return blocked.get();
    }

    /** From now on, annotating a text with {@link #BLOCKING_MARKER} waits until {@link #releaseWorkers()}. */
    public static void holdWorkers() {
        workerGate = new CountDownLatch(1);
    }

    /** Lets every blocked and future annotation proceed. */
    public static void releaseWorkers() {
        workerGate.countDown();
    }

    /** Lets a held load finish. */
    public static void release() {
        gate.countDown();
    }

    @Override
    public void validate() {
        boolean hold = ConfigProvider.getConfig()
                .getOptionalValue("test.annotator.hold", Boolean.class)
                .orElse(false);
        gate = new CountDownLatch(hold ? 1 : 0);
    }

    @Override
    public DocumentAnnotator create() {
        await(gate, "the model load");
        SimpleAnnotator simple = new SimpleAnnotator();
        return (text, title) -> {
            if (text.contains(BLOCKING_MARKER)) {
                awaitWorkerGate();
            }
            return simple.annotate(text, title);
        };
    }

    private static void awaitWorkerGate() {
        blocked.incrementAndGet();
        try {
            await(workerGate, "the workers");
        } finally {
            blocked.decrementAndGet();
        }
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
