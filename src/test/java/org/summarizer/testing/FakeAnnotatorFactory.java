package org.summarizer.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.ConfigProvider;
import org.summarizer.document.DocumentAnnotator;
import org.summarizer.service.AnnotatorFactory;

/**
 * Replaces CoreNLP in {@code @QuarkusTest}s with {@link SimpleAnnotator}, so the HTTP contract is tested in seconds
 * without models. With {@code test.annotator.hold=true} the "model load" waits until {@link #release()}, which lets a
 * test observe the service while it is still loading.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeAnnotatorFactory implements AnnotatorFactory {

    private static volatile CountDownLatch gate = new CountDownLatch(0);

    /** Lets a held load finish. */
    public static void release() {
        gate.countDown();
    }

    @Override
    public void validate() {
        boolean hold = ConfigProvider.getConfig().getOptionalValue("test.annotator.hold", Boolean.class)
                .orElse(false);
        gate = new CountDownLatch(hold ? 1 : 0);
    }

    @Override
    public DocumentAnnotator create() {
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released the model load");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new SimpleAnnotator();
    }
}
