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
import java.util.ArrayList;
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
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/storyloom}, the one command that starts every process: from an unpacked app (built here from
 * this test's class path, laid out as {@code bin/storyloom} unpacks the jar) it trains the AOT start-up
 * cache on its first start, then starts with {@code -XX:AOTCache}, the options of {@code bin/java-opts}
 * and the role asked for, and the app's classes come from the cache. Checked by the command line and
 * the JVM's class-loading log, not by timing. It stops gently, with no error, on the default H2 database. A later
 * start does not train again. Every start is from the bean definitions Spring's AOT processing wrote, which
 * still follow the settings read at start-up (providers, roles), unless a setting they cannot follow is given.
 */
@SeparateProcesses // starts the app through the launcher
class LauncherTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed start's logs stay for a look
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
            // Four carriers per core for the virtual threads (system.VirtualThreadCarriers), as the JDK reports them.
            int cores = Runtime.getRuntime().availableProcessors();
            assertThat(jcmd(process.pid(), "Thread.vthread_scheduler"))
                    .contains("parallelism = " + (cores >= 2 ? 4 * cores : 1));
            assertThat(app.resolve("storyloom.aot")).isNotEmptyFile();
            assertThat(Files.readString(work.resolve("launcher.log"))).contains("Training the start-up cache")
                    .contains("Starting AOT-processed StoryloomApplication").doesNotContain("[error][aot]");
            assertThat(Files.readString(classLoading))
                    .contains("io.storyloom.StoryloomApplication source: shared objects file")
                    // loaded for the first request: the training run started fully and answered one
                    .contains("org.apache.coyote.http11.Http11Processor source: shared objects file");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/stories/statuses")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("a worker serves no API").isEqualTo(404);
            // No request will ask for the safety model in a worker: it loads once the process is up.
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(work.resolve("launcher.log"))
                    .contains("Safety classifier ready"));
        } finally {
            stop(process);
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

    @Test
    void startsFromTheAotProcessedBeansWithTheProvidersAndRoleOfItsSettings() throws Exception {
        Path app = unpackedApp(work.resolve("app"));
        int port = freePort();
        Path log = work.resolve("web.log");
        Process process = start(app, log, Map.of("STORYLOOM_IMAGE_API_KEY", "not-a-real-key",
                "STORYLOOM_MODERATION_API_KEY", "not-a-real-key-either"), "--roles=web", "--server.port=" + port,
                "--storyloom.image.provider=together", "--storyloom.moderation.provider=openai");
        try {
            awaitHealthy(process, port, log);
            assertThat(Files.readString(log)).contains("Starting AOT-processed StoryloomApplication",
                    "Illustrator: Together", "Moderation model: openai")
                    .as("no job server in a process without the worker role").doesNotContain("BackgroundJobServer");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/stories/statuses")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("the web role's API").isNotEqualTo(404);
        } finally {
            stop(process);
        }
    }

    @Test
    void aSettingTheAotProcessedBeansCannotFollowStartsWithoutThem() throws Exception {
        Path app = unpackedApp(work.resolve("app"));
        int port = freePort();
        int managementPort = freePort();
        Path log = work.resolve("management.log");
        Process process = start(app, log, Map.of("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort)),
                "--server.port=" + port);
        try {
            awaitHealthy(process, managementPort, log);
            assertThat(Files.readString(log)).contains("Starting without the AOT-processed bean definitions, which "
                    + "were made without this start's management.server.port").doesNotContain("Starting AOT-processed");
        } finally {
            stop(process);
        }
    }

    /** bin/storyloom on the app in {@code app}, without the AOT cache (training it is the first test's). */
    private Process start(Path app, Path log, Map<String, String> environment, String... arguments)
            throws IOException {
        var command = new ArrayList<>(List.of(Path.of("bin/storyloom").toAbsolutePath().toString(),
                "--storyloom.media.directory=" + work.resolve("media"),
                "--spring.datasource.url=jdbc:h2:mem:launcher;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH"));
        command.addAll(List.of(arguments));
        var launcher = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        launcher.environment().putAll(Map.of("STORYLOOM_APP_DIR", app.toString(),
                "STORYLOOM_JAR", work.resolve("absent.jar").toString(), "STORYLOOM_AOT_CACHE", "off"));
        launcher.environment().putAll(environment);
        return launcher.start();
    }

    /** What the JDK's diagnostic command prints for the process. */
    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        assertThat(jcmd.waitFor()).as(output).isZero();
        return output;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * The app's classes in storyloom.jar, its libraries in lib/ named by the manifest's class path, as the jar
     * unpacks (linked, not copied, where the file system allows). Libraries named by absolute paths instead
     * would be left out of the AOT cache, and a cache of the app's classes without them has crashed the JDK's
     * cache writer.
     */
    private static Path unpackedApp(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            Path jar = Path.of(entry).toAbsolutePath();
            String name = "lib/" + (libraries.size() + 1) + "-" + jar.getFileName();
            try {
                Files.createLink(dir.resolve(name), jar);
            } catch (IOException | UnsupportedOperationException notHere) {
                Files.copy(jar, dir.resolve(name));
            }
            libraries.add(name);
        }
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
