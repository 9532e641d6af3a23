package org.summarizer.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summarizer.testing.Readiness;

/**
 * The page at {@code /} in a real browser: runs {@code node --test src/test/e2e/page.test.mjs} (playwright-core driving
 * Debian's Chromium) against the packaged application. Needs {@code node}, {@code /usr/bin/chromium} (or
 * {@code CHROMIUM_PATH}) and the npm packages of {@code src/test/e2e}, which the build installs before the
 * integration tests ({@code npm ci}); without them it is skipped, or fails when {@code CI=true}.
 */
@QuarkusIntegrationTest
@TestProfile(SummaryPageIT.LocalPagesAllowed.class)
class SummaryPageIT {

    /** The browser test serves a page on loopback for the URL input, so private addresses are allowed here. */
    public static class LocalPagesAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summarizer.fetch.allow-private-networks", "true");
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int OUTPUT_TAIL_CHARS = 12_000;

    private Path basedir;
    private Path node;

    /**
     * Skips (or fails under {@code CI=true}) before waiting for the models when a prerequisite is missing, then
     * waits: the models load in the background after the HTTP server starts (RestAssured is set up per test).
     */
    @BeforeEach
    void prerequisitesAndModels() {
        basedir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path e2e = basedir.resolve("src/test/e2e");
        assertTrue(Files.isRegularFile(e2e.resolve("page.test.mjs")), "missing " + e2e.resolve("page.test.mjs"));

        List<String> missing = new ArrayList<>();
        Optional<Path> nodeOnPath = onPath("node");
        if (nodeOnPath.isEmpty()) {
            missing.add("node (Node.js 20 or later) on the PATH");
        }
        String chromium = Optional.ofNullable(System.getenv("CHROMIUM_PATH")).orElse("/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add(chromium + " (apt-get install -y chromium)");
        }
        if (!Files.isDirectory(e2e.resolve("node_modules/playwright-core"))) {
            missing.add("src/test/e2e/node_modules/playwright-core (the build's npm ci step did not run)");
        }
        if (!missing.isEmpty()) {
            String message = "The browser test needs: " + String.join(", ", missing)
                    + ". Chromium is the one system prerequisite: apt-get install -y chromium.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.assumeTrue(false, message);
        }
        node = nodeOnPath.get();

        Readiness.await(Duration.ofSeconds(60));
    }

    @Test
    void thePageSummarizesInARealBrowser() throws IOException, InterruptedException {
        String baseUrl = "http://localhost:" + RestAssured.port;
        ProcessBuilder builder = new ProcessBuilder(node.toString(), "--test", "src/test/e2e/page.test.mjs")
                .directory(basedir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("BASE_URL", baseUrl);

        long started = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread pump = new Thread(() -> copy(process, output), "e2e-output");
        pump.setDaemon(true);
        pump.start();

        boolean finished = process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        pump.join(5_000);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String log;
        synchronized (output) {
            log = output.toString();
        }
        if (!finished) {
            fail("The browser test did not finish within " + TIMEOUT.toMinutes() + " min; its output:\n" + tail(log));
        }
        assertEquals(
                0,
                process.exitValue(),
                "node --test src/test/e2e/page.test.mjs against " + baseUrl + " failed after " + seconds
                        + " s; its output:\n" + tail(log));
    }

    /** Echoes the child's output to the build log as it comes and keeps it for the assertion message. */
    private static void copy(Process process, StringBuilder output) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println("[e2e] " + line);
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.append("(output not readable: ").append(e.getMessage()).append(")\n");
            }
        }
    }

    private static String tail(String log) {
        return log.length() <= OUTPUT_TAIL_CHARS ? log : "…" + log.substring(log.length() - OUTPUT_TAIL_CHARS);
    }

    private static Optional<Path> onPath(String command) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
