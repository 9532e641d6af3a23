package org.summarizer.bench.load;

import static org.summarizer.bench.load.ProcStats.cpuSeconds;
import static org.summarizer.bench.load.ProcStats.machineBusySeconds;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged service as a child process on a loopback port, started with given JVM flags. */
final class ServerProcess {

    /** What {@link #awaitReady} saw. */
    record StartupResult(
            long readyMillis, double cpuSeconds, String quarkusStarted, String modelsLoaded, double otherCores) {}

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern LOADED = Pattern.compile("loaded and warmed up in (\\d+) ms");

    private final Process process;
    private final long startNanos;
    private final int port;
    private final Path log;
    private final double busyAtStart;

    private ServerProcess(Process process, long startNanos, double busyAtStart, int port, Path log) {
        this.process = process;
        this.startNanos = startNanos;
        this.busyAtStart = busyAtStart;
        this.port = port;
        this.log = log;
    }

    static ServerProcess start(Path jar, List<String> jvmFlags, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        double busy = machineBusySeconds();
        long start = System.nanoTime();
        Process process = builder.start();
        return new ServerProcess(process, start, busy, port, log);
    }

    long pid() {
        return process.pid();
    }

    StartupResult awaitReady(HttpClient client, Duration limit) throws IOException, InterruptedException {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(ready)
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        long deadline = startNanos + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    long readyNanos = System.nanoTime() - startNanos;
                    double cpu = cpuSeconds(process.pid());
                    double others = Math.max(0, (machineBusySeconds() - busyAtStart - cpu) / (readyNanos / 1e9));
                    Thread.sleep(200); // let the log lines land
                    String text = Files.readString(log);
                    return new StartupResult(
                            readyNanos / 1_000_000, cpu, group(STARTED, text), group(LOADED, text), others);
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // connection reset while starting
            }
            Thread.sleep(10);
        }
        stop();
        throw new IllegalStateException("not ready within " + limit + "; see " + log);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "?";
    }
}
