import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storyloom's benchmarks, run as one program with nothing but the JDK ({@code java bench/Bench.java
 * target/storyloom.jar bench/out}; {@code bench/run} builds the jar first). Each phase starts the app as
 * its own process with the settings it needs and measures it over HTTP; all figures and ratios printed
 * come from this one run.
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static Path jar;
    static Path out;
    static final Map<String, String> FIGURES = new LinkedHashMap<>();
    static final List<Long> RSS_UNDER_LOAD = new ArrayList<>();
    static final StringBuilder REPORT = new StringBuilder();

    public static void main(String[] args) throws Exception {
        jar = Path.of(args.length > 0 ? args[0] : "target/storyloom.jar");
        out = Path.of(args.length > 1 ? args[1] : "bench/out");
        Files.createDirectories(out);
        line("# Storyloom benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version());

        startupAndMemory();
        pipelineLatency();
        orchestration("H2", h2("orchestration"));
        String database = createPostgresDatabase();
        try {
            orchestration("PostgreSQL", postgres(database));
        } finally {
            psql("drop database if exists " + database + " with (force)");
        }
        statusPolling();

        section("The README's table");
        String table = markdownTable();
        line(table);
        Files.writeString(out.resolve("results.md"), REPORT.toString());
        Files.writeString(out.resolve("table.md"), table);
        System.out.println("\nWritten to " + out.resolve("results.md") + " and " + out.resolve("table.md"));
    }

    // ---- phases ----------------------------------------------------------------------------------

    static void startupAndMemory() throws Exception {
        section("Startup and memory (H2, offline providers)");
        long started = System.nanoTime();
        try (App app = App.start("startup", h2("startup"), Map.of())) {
            double wall = (System.nanoTime() - started) / 1e9;
            line("- process start to healthy: %.2f s (Spring reports: %s)".formatted(wall, app.springStartup()));
            Thread.sleep(5000);
            line("- resident memory idle: %d MB".formatted(app.rssMb()));
            FIGURES.put("startup_s", "%.2f".formatted(wall));
            FIGURES.put("spring_startup", app.springStartup());
            FIGURES.put("rss_idle_mb", Long.toString(app.rssMb()));
        }
    }

    static void pipelineLatency() throws Exception {
        section("Pipeline latency: 8-page book, simulated provider latency (text 300 ms, image 1 s)");
        Map<String, String> slow = Map.of("storyloom.offline.text-latency", "300ms",
                "storyloom.offline.image-latency", "1000ms", "storyloom.generation.image-width", "512",
                "storyloom.generation.image-height", "384");
        double bound = 0.3 + 0.3 + 1.0 + 0.3 + 1.0; // outline + profile/style + reference + one scene + one image
        double ownPath = 0.3 + 0.3 + Math.max(1.0, 0.3) + 1.0; // reference and all scene moments run side by side
        List<Double> concurrent = new ArrayList<>();
        try (App app = App.start("latency-8", h2("latency8"), with(slow, "storyloom.generation.page-concurrency", "8"))) {
            Client client = app.client();
            for (int i = 0; i < 4; i++) {
                double seconds = client.bookSeconds(8);
                if (i > 0) { // the first book warms the JVM up
                    concurrent.add(seconds);
                }
            }
        }
        double sequential;
        try (App app = App.start("latency-1", h2("latency1"), with(slow, "storyloom.generation.page-concurrency", "1"))) {
            Client client = app.client();
            client.bookSeconds(2);
            sequential = client.bookSeconds(8);
        }
        double median = median(concurrent);
        line("- critical-path bound (outline + profile/style + reference + one scene moment + one image): %.2f s"
                .formatted(bound));
        line("- Storyloom's own critical path (scene moments drawn up beside the reference picture): %.2f s"
                .formatted(ownPath));
        line("- wall time, page concurrency 8, median of 3 (from queued to COMPLETE): %.2f s  %s"
                .formatted(median, concurrent.stream().map(d -> "%.2f".formatted(d)).toList()));
        line("- ratio to the bound: %.2fx (target <= 1.15x)".formatted(median / bound));
        line("- ratio to Storyloom's own critical path: %.2fx".formatted(median / ownPath));
        line("- pages one by one (page concurrency 1): %.2f s, %.1fx slower than concurrent"
                .formatted(sequential, sequential / median));
        FIGURES.put("latency_s", "%.2f".formatted(median));
        FIGURES.put("latency_min_s", "%.2f".formatted(concurrent.stream().min(Double::compare).orElseThrow()));
        FIGURES.put("latency_max_s", "%.2f".formatted(concurrent.stream().max(Double::compare).orElseThrow()));
        FIGURES.put("bound_s", "%.2f".formatted(bound));
        FIGURES.put("own_path_s", "%.2f".formatted(ownPath));
        FIGURES.put("latency_ratio", "%.2f".formatted(median / bound));
        FIGURES.put("own_path_ratio", "%.2f".formatted(median / ownPath));
        FIGURES.put("sequential_s", "%.2f".formatted(sequential));
        FIGURES.put("speedup", "%.1f".formatted(sequential / median));
    }

    static void orchestration(String name, Map<String, String> database) throws Exception {
        section("Orchestration overhead on " + name + ": 8-page books, zero-latency offline providers");
        int books = 40;
        Map<String, String> fast = new LinkedHashMap<>(database);
        fast.putAll(Map.of("storyloom.generation.image-width", "256", "storyloom.generation.image-height", "192",
                "storyloom.quota.stories-in-flight", "1000", "storyloom.quota.stories-per-day", "10000"));
        try (App app = App.start("orchestration-" + name.toLowerCase(), fast, Map.of())) {
            Client client = app.client();
            client.awaitEnd(client.create(8)); // warm-up
            long started = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < books; i++) {
                ids.add(client.create(8));
            }
            for (String id : ids) {
                String status = client.awaitEnd(id);
                if (!status.equals("COMPLETE")) {
                    throw new IllegalStateException("Book " + id + " ended " + status);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double perMinute = books / seconds * 60;
            line("- %d books (%d pages) in %.1f s: %.0f books/minute, %.0f pages/s"
                    .formatted(books, books * 8, seconds, perMinute, books * 8 / seconds));
            FIGURES.put("books_per_minute_" + name.toLowerCase(), "%.0f".formatted(perMinute));
            FIGURES.put("pages_per_s_" + name.toLowerCase(), "%.0f".formatted(books * 8 / seconds));
        }
    }

    static void statusPolling() throws Exception {
        section("Status polling: GET /stories/{id}/status with an API token (wrk on the same machine)");
        line("Shared: the app and wrk share all cores.");
        polling("polling", List.of(), List.of(), "");
        if (Runtime.getRuntime().availableProcessors() >= 2 && new java.io.File("/usr/bin/taskset").canExecute()) {
            line("Pinned: the app on core 1 only, wrk on core 0 only, so neither waits for the other.");
            polling("polling-pinned", List.of("taskset", "-c", "1"), List.of("taskset", "-c", "0"), "pinned_");
        }
    }

    static void polling(String name, List<String> appPrefix, List<String> wrkPrefix, String key) throws Exception {
        try (App app = App.start(name, h2(name), Map.of(), appPrefix)) {
            Client client = app.client();
            String id = client.create(2);
            client.awaitEnd(id);
            String url = app.url("/stories/" + id + "/status");
            wrk(wrkPrefix, client.token, url, 64, 15); // warm-up
            for (int connections : List.of(64, 256)) {
                long[] rss = {0};
                var sampler = Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(5000);
                        rss[0] = app.rssMb();
                    } catch (Exception ignored) {
                        // no sample
                    }
                });
                Map<String, String> result = wrk(wrkPrefix, client.token, url, connections, 10);
                sampler.join();
                line("- %d clients: %s requests/s, p50 %s, p90 %s, p99 %s, non-2xx %s; resident memory under load %d MB"
                        .formatted(connections, result.get("rps"), result.get("p50"), result.get("p90"),
                                result.get("p99"), result.getOrDefault("non2xx", "0"), rss[0]));
                for (String figure : List.of("rps", "p50", "p90", "p99")) {
                    FIGURES.put(key + "poll_" + connections + "_" + figure, result.get(figure));
                }
                RSS_UNDER_LOAD.add(rss[0]);
            }
        }
    }

    // ---- the summary ---------------------------------------------------------------------------

    /** The figures of this run as the README's performance table (a figure a phase did not measure shows "?"). */
    static String markdownTable() {
        var rows = new ArrayList<String>(List.of("| what | figure |", "|---|---|"));
        rows.add(row("start-up, process start to healthy (H2)", "%s s (Spring's own count: %s)",
                "startup_s", "spring_startup"));
        rows.add("| resident memory: idle / under status-polling load | %s MB / %s MB |".formatted(figure("rss_idle_mb"),
                RSS_UNDER_LOAD.isEmpty() ? "?" : RSS_UNDER_LOAD.stream().min(Long::compare).orElseThrow() + "–"
                        + RSS_UNDER_LOAD.stream().max(Long::compare).orElseThrow()));
        rows.add(row("8-page book, simulated latency text 300 ms, image 1 s, page concurrency 8",
                "**%s s** median (%s–%s s)", "latency_s", "latency_min_s", "latency_max_s"));
        rows.add(row(("… against the critical-path bound of %s s (outline + profile/style + reference + one scene "
                + "moment + one image)").formatted(figure("bound_s")), "**%s×** (target ≤ 1.15×)", "latency_ratio"));
        rows.add(row(("… against the pipeline's own critical path of %s s (outline + profile/style + reference + one "
                + "image: the scene moments are written while the reference is drawn)").formatted(figure("own_path_s")),
                "**%s×**", "own_path_ratio"));
        rows.add(row("… the same book drawn page by page (concurrency 1)", "%s s: concurrency makes it %s× faster",
                "sequential_s", "speedup"));
        rows.add(row("orchestration, zero-latency offline providers, 40 books of 8 pages (256×192 pictures)",
                "H2 **%s books/min** (%s pages/s); PostgreSQL **%s books/min** (%s pages/s)", "books_per_minute_h2",
                "pages_per_s_h2", "books_per_minute_postgresql", "pages_per_s_postgresql"));
        int cores = Runtime.getRuntime().availableProcessors();
        rows.add(polling("status polling, 64 clients, app and wrk sharing the " + cores + " cores", "poll_64_"));
        rows.add(polling("status polling, 256 clients, sharing the " + cores + " cores", "poll_256_"));
        rows.add(polling("status polling, 256 clients, app pinned to 1 core and wrk to the other", "pinned_poll_256_"));
        return String.join("\n", rows) + "\n";
    }

    static String row(String what, String format, String... keys) {
        return "| " + what + " | " + format.formatted((Object[]) java.util.Arrays.stream(keys).map(Bench::figure)
                .toArray(String[]::new)) + " |";
    }

    static String polling(String what, String prefix) {
        return row(what, "%s req/s, p50 %s, p90 %s, **p99 %s**", prefix + "rps", prefix + "p50", prefix + "p90",
                prefix + "p99");
    }

    /** A figure as printed: wrk's "9.90ms" as "9.90 ms", its "21847.12" requests/s as "21,847". */
    static String figure(String key) {
        String value = FIGURES.getOrDefault(key, "?");
        if (key.endsWith("_rps") && value.matches("[0-9.]+")) {
            return String.format(java.util.Locale.ROOT, "%,.0f", Double.parseDouble(value));
        }
        return value.matches("[0-9.]+(us|ms|s)") ? value.replaceAll("([0-9.]+)(\\D+)", "$1 $2") : value;
    }

    // ---- the app as a process ------------------------------------------------------------------

    record App(String name, int port, Process process, Path log) implements AutoCloseable {

        static App start(String name, Map<String, String> settings, Map<String, String> more) throws Exception {
            return start(name, settings, more, List.of());
        }

        static App start(String name, Map<String, String> settings, Map<String, String> more, List<String> prefix)
                throws Exception {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path media = Files.createTempDirectory("storyloom-bench-");
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-jar", jar.toString(), "--server.port=" + port, "--storyloom.media.directory=" + media));
            settings.forEach((k, v) -> command.add("--" + k + "=" + v));
            more.forEach((k, v) -> command.add("--" + k + "=" + v));
            Path log = out.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var app = new App(name, port, process, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited; see " + log);
                }
                try {
                    if (HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health"))).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                        return app;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException(name + " did not start; see " + log);
        }

        String url(String path) {
            return "http://localhost:" + port + path;
        }

        long rssMb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        String springStartup() throws IOException {
            Matcher m = Pattern.compile("Started StoryloomApplication in ([0-9.]+) seconds").matcher(Files.readString(log));
            return m.find() ? m.group(1) + " s" : "?";
        }

        Client client() throws Exception {
            return new Client(this);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** A parent's account on a running app, through the public API. */
    static final class Client {
        final App app;
        final String token;

        Client(App app) throws Exception {
            this.app = app;
            String email = "bench-" + UUID.randomUUID() + "@example.com";
            var cookies = new java.net.CookieManager();
            var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
            browser.send(HttpRequest.newBuilder(URI.create(app.url("/account/csrf"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst().orElseThrow().getValue();
            var signup = browser.send(HttpRequest.newBuilder(URI.create(app.url("/account/signup")))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                            + "\",\"password\":\"benchmark passphrase\",\"display_name\":\"Bench\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(signup, 201);
            this.token = field(post("/auth/token", "{\"email\":\"" + email
                    + "\",\"password\":\"benchmark passphrase\",\"name\":\"bench\"}", false), "token");
        }

        String create(int pages) throws Exception {
            return field(post("/stories/", "{\"child\":{\"name\":\"Mia\",\"age\":5,\"interests\":[\"dinosaurs\"]},"
                    + "\"companion\":\"a small blue dragon\",\"idea\":\"Mia finds a dragon egg in the garden\","
                    + "\"page_count\":" + pages + "}", true), "story_id");
        }

        String awaitEnd(String id) throws Exception {
            while (true) {
                String status = field(get("/stories/" + id + "/status"), "status");
                if (status.equals("COMPLETE") || status.equals("FAILED")) {
                    return status;
                }
                Thread.sleep(50);
            }
        }

        /** Makes a book and returns the seconds from its queueing to COMPLETE, by the server's own clock. */
        double bookSeconds(int pages) throws Exception {
            String id = create(pages);
            String end = awaitEnd(id);
            if (!end.equals("COMPLETE")) {
                throw new IllegalStateException("Book ended " + end);
            }
            List<String> times = new ArrayList<>();
            Matcher m = Pattern.compile("\"changed_at\":\"([^\"]+)\"").matcher(get("/stories/" + id + "/history"));
            while (m.find()) {
                times.add(m.group(1));
            }
            var first = OffsetDateTime.parse(times.getFirst());
            var last = OffsetDateTime.parse(times.getLast());
            return Duration.between(first, last).toNanos() / 1e9;
        }

        String get(String path) throws Exception {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return check(response, 200);
        }

        String post(String path, String json, boolean authenticated) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (authenticated) {
                request.header("Authorization", "Bearer " + token);
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return check(response, response.statusCode() == 202 ? 202 : 201);
        }

        static String check(HttpResponse<String> response, int expected) {
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static Map<String, String> wrk(List<String> prefix, String token, String url, int connections, int seconds)
            throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "Authorization: Bearer " + token, url));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Map<String, String> result = new LinkedHashMap<>();
        find(output, "Requests/sec:\\s+([0-9.]+)").ifPresent(v -> result.put("rps", v));
        find(output, "\\s50%\\s+(\\S+)").ifPresent(v -> result.put("p50", v));
        find(output, "\\s90%\\s+(\\S+)").ifPresent(v -> result.put("p90", v));
        find(output, "\\s99%\\s+(\\S+)").ifPresent(v -> result.put("p99", v));
        find(output, "Non-2xx or 3xx responses:\\s+(\\d+)").ifPresent(v -> result.put("non2xx", v));
        return result;
    }

    static java.util.Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    static String field(String json, String name) {
        return find(json, "\"" + name + "\":\"([^\"]+)\"").orElseThrow(() -> new IllegalStateException(
                "No " + name + " in " + json));
    }

    static Map<String, String> h2(String name) {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:bench-" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    static final String PG_HOST = System.getenv().getOrDefault("BENCH_PG_HOST", "127.0.0.1");
    static final String PG_USER = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");

    static String createPostgresDatabase() throws Exception {
        String database = "storyloom_bench_" + System.currentTimeMillis();
        psql("create database " + database);
        return database;
    }

    static void psql(String sql) throws Exception {
        var psql = new ProcessBuilder("psql", "-h", PG_HOST, "-U", PG_USER, "-d", "postgres", "-qc", sql)
                .inheritIO().start();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql at " + PG_HOST + " failed: " + sql);
        }
    }

    static Map<String, String> postgres(String database) {
        return Map.of("spring.datasource.url", "jdbc:postgresql://" + PG_HOST + ":5432/" + database,
                "spring.datasource.username", PG_USER);
    }

    static Map<String, String> with(Map<String, String> settings, String key, String value) {
        var copy = new LinkedHashMap<>(settings);
        copy.put(key, value);
        return copy;
    }

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static void section(String title) {
        line("\n## " + title);
    }

    static void line(String text) {
        System.out.println(text);
        REPORT.append(text).append('\n');
    }
}
