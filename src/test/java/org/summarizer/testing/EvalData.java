package org.summarizer.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared evaluation data ({@code ../shared/eval}, or the system property {@code eval.data.dir}) for the tests
 * that score against it: under {@code CI=true} missing data fails the test, elsewhere it skips it.
 */
public final class EvalData {

    private EvalData() {}

    /**
     * The data directory, holding every one of {@code required} (files or directories relative to it).
     *
     * @param purpose what the test checks, for the failure or skip message
     */
    public static Path dir(String purpose, List<String> required) {
        String configured = System.getProperty("eval.data.dir");
        Path dir = Path.of(configured == null || configured.isBlank() ? "../shared/eval" : configured);
        boolean present = required.stream().allMatch(name -> Files.exists(dir.resolve(name)));
        String where = dir.toAbsolutePath().normalize() + " (expected " + String.join(", ", required)
                + "; set the system property eval.data.dir to the shared eval directory)";
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("No evaluation data at " + where + ": CI must run " + purpose);
        }
        Assumptions.assumeTrue(present, () -> "Skipping " + purpose + ": no evaluation data at " + where);
        return dir;
    }
}
