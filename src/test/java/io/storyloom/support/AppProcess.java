package io.storyloom.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Storyloom as a separate operating-system process, started from this test's own classpath, so a
 * test can kill it hard (SIGKILL), stop it gently (SIGTERM) or run several side by side. Output goes
 * to {@code target/processes/<name>.log}.
 */
public final class AppProcess implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the app with these settings (Spring property names) and waits until it is healthy. */
    public static AppProcess start(String name, Map<String, String> settings) {
        return startTogether(new LinkedHashMap<>(Map.of(name, settings))).getFirst();
    }

    /**
     * Starts several apps at once, each by its name and settings, and waits until all are healthy: their
     * starts overlap. For apps on a database that an earlier start has already migrated. If one does not
     * become healthy, all are ended.
     */
    public static List<AppProcess> startTogether(SequencedMap<String, Map<String, String>> settingsByName) {
        List<AppProcess> apps = new ArrayList<>();
        try {
            settingsByName.forEach((name, settings) -> apps.add(launch(name, settings)));
            apps.forEach(AppProcess::awaitHealthy);
            return apps;
        } catch (RuntimeException | Error e) {
            apps.forEach(AppProcess::close);
            throw e;
        }
    }

    private static AppProcess launch(String name, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                "io.storyloom.StoryloomApplication",
                "--server.port=" + port));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path dir = Files.createDirectories(Path.of("target", "processes"));
            Path log = dir.resolve(name + "-" + COUNT.incrementAndGet() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new AppProcess(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        var http = HttpClient.newHttpClient();
        // Generous for a shared two-core machine, where several apps may start at once; it returns when healthy.
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            if (log().contains("Application run failed")) { // the JVM may linger on a non-daemon thread
                throw new IllegalStateException(name + " failed to start, see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Ends the process at once, as a crash or an out-of-memory killer would (SIGKILL). */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Asks the process to shut down (SIGTERM) and waits for it. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
