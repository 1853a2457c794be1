package io.storyloom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.SeparateProcesses;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/storyloom}, the one command that starts every process: from an unpacked app (built here from
 * this test's class path, laid out as {@code bin/storyloom} unpacks the jar) it trains the AOT start-up
 * cache on its first start, then starts with {@code -XX:AOTCache}, the options of {@code bin/java-opts}
 * and the role asked for, and the app's classes come from the cache. Checked by the command line and
 * the JVM's class-loading log, not by timing. It stops gently, with no error, on the default H2 database. A later
 * start does not train again.
 */
@SeparateProcesses // starts the app through the launcher
class LauncherTest {

    @TempDir
    Path work;

    @Test
    void theFirstStartTrainsTheCacheAndEveryStartUsesItWithTheSharedOptions() throws Exception {
        assumeThat(Runtime.version().feature()).as("the AOT cache needs JDK 25").isGreaterThanOrEqualTo(25);
        Path app = unpackedApp(work.resolve("app"));
        Path classLoading = work.resolve("class-loading.log");
        int port = freePort();

        // The default database (an H2 file below the working directory), as a person running it has it.
        var launcher = new ProcessBuilder(List.of(Path.of("bin/storyloom").toAbsolutePath().toString(), "--roles=worker",
                "--server.port=" + port, "--storyloom.media.directory=" + work.resolve("media")))
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("launcher.log").toFile());
        launcher.environment().putAll(Map.of("STORYLOOM_APP_DIR", app.toString(),
                "STORYLOOM_JAR", work.resolve("absent.jar").toString(),
                "STORYLOOM_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLoading));
        Process process = launcher.start();
        try {
            awaitHealthy(process, port, work.resolve("launcher.log"));
            // The launcher replaced itself with the JVM: same process, the JVM's command line.
            String command = process.info().arguments().map(args -> String.join(" ", args)).orElse("");
            assertThat(command).contains("-XX:AOTCache=" + app.resolve("storyloom.aot"),
                    "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-XX:TrimNativeHeapInterval=1000",
                    "--storyloom.roles=worker");
            assertThat(app.resolve("storyloom.aot")).isNotEmptyFile();
            assertThat(Files.readString(work.resolve("launcher.log"))).contains("Training the start-up cache")
                    .doesNotContain("[error][aot]");
            assertThat(Files.readString(classLoading))
                    .contains("io.storyloom.StoryloomApplication source: shared objects file");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/stories/statuses")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("a worker serves no API").isEqualTo(404);
            // No request will ask for the safety model in a worker: it loads once the process is up.
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(work.resolve("launcher.log"))
                    .contains("Safety classifier ready"));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        // A gentle stop: the job server signs off in the database before the database closes.
        assertThat(work.resolve("data")).isDirectory();
        assertThat(Files.readString(work.resolve("launcher.log"))).contains("BackgroundJobServer")
                .doesNotContain("ERROR", "Database is already closed");

        var again = new ProcessBuilder("bin/storyloom", "--prepare").redirectErrorStream(true);
        again.environment().putAll(Map.of("STORYLOOM_APP_DIR", app.toString(),
                "STORYLOOM_JAR", work.resolve("absent.jar").toString()));
        Process prepare = again.start();
        String output = new String(prepare.getInputStream().readAllBytes());
        assertThat(prepare.waitFor()).isZero();
        assertThat(output).as("nothing changed, nothing to train").doesNotContain("Training");
    }

    /** The app's classes in storyloom.jar, its libraries by the manifest's class path, as the jar unpacks. */
    private static Path unpackedApp(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> libraries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).map(entry -> Path.of(entry).toAbsolutePath().toString())
                .toList();
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StoryloomApplication.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries));
        Path classes = Path.of("target", "classes");
        try (var jar = new JarOutputStream(Files.newOutputStream(dir.resolve("storyloom.jar")), manifest);
                Stream<Path> files = Files.walk(classes)) {
            // Directories too: Flyway finds its migrations by listing them.
            for (Path file : files.filter(f -> !f.equals(classes)).sorted().collect(Collectors.toList())) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                jar.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, (OutputStream) jar);
                }
                jar.closeEntry();
            }
        }
        return dir;
    }

    private static void awaitHealthy(Process process, int port, Path log) {
        var http = HttpClient.newHttpClient();
        // The first start trains the cache (a full start and stop) before it starts for real.
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("The launcher ended: " + Files.readString(log));
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
