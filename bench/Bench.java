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

    /** The phases in the order a full run takes them; {@code bench/run startup polling} runs just those. */
    static final List<String> PHASES = List.of("startup", "pipeline", "orchestration", "polling", "load");

    public static void main(String[] args) throws Exception {
        jar = Path.of(args.length > 0 ? args[0] : "target/storyloom.jar");
        out = Path.of(args.length > 1 ? args[1] : "bench/out");
        List<String> asked = args.length > 2 ? List.of(args).subList(2, args.length) : PHASES;
        for (String phase : asked) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("No phase " + phase + "; the phases are " + PHASES);
            }
        }
        Files.createDirectories(out);
        line("# Storyloom benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", phases " + asked);
        long began = System.nanoTime();
        Map<String, Double> took = new LinkedHashMap<>();
        for (String phase : PHASES) {
            if (!asked.contains(phase)) {
                continue;
            }
            long started = System.nanoTime();
            switch (phase) {
                case "startup" -> startupAndMemory();
                case "pipeline" -> pipelineLatency();
                case "orchestration" -> {
                    orchestration("H2", h2("orchestration"));
                    String database = createPostgresDatabase();
                    try {
                        orchestration("PostgreSQL", postgres(database));
                    } finally {
                        psql("drop database if exists " + database + " with (force)");
                    }
                }
                case "polling" -> statusPolling();
                case "load" -> constantRate();
                default -> throw new IllegalStateException(phase);
            }
            took.put(phase, (System.nanoTime() - started) / 1e9);
            System.out.printf("(%s took %.0f s)%n", phase, took.get(phase));
        }

        section("The README's table");
        String table = markdownTable();
        line(table);
        line("Time taken: " + String.join(", ", took.entrySet().stream()
                .map(e -> "%s %.0f s".formatted(e.getKey(), e.getValue())).toList())
                + "; in all %.0f s.".formatted((System.nanoTime() - began) / 1e9));
        Files.writeString(out.resolve("results.md"), REPORT.toString());
        Files.writeString(out.resolve("table.md"), table);
        System.out.println("\nWritten to " + out.resolve("results.md") + " and " + out.resolve("table.md"));
    }

    // ---- phases ----------------------------------------------------------------------------------

    /**
     * Three starts without the AOT cache (cold: the JVM loads and links every class itself) and three
     * with it (how bin/storyloom starts), each to healthy; resident memory of the last of each 5 s after
     * healthy (the JIT compilers still busy with the start's code) and 30 s after (settled: a process nobody
     * uses). The safety model loads when the app is first used, not at start; with the AOT cache the app is
     * then used once (its page asked for, a book made) and its memory read again once the model is in.
     */
    static void startupAndMemory() throws Exception {
        section("Startup and memory (H2, offline providers, started by bin/storyloom)");
        for (boolean cached : List.of(false, true)) {
            String kind = cached ? "aot" : "cold";
            List<Double> walls = new ArrayList<>();
            List<String> springs = new ArrayList<>();
            long early = 0;
            long settled = 0;
            long used = 0;
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                try (App app = App.start("startup-" + kind, h2("startup"), Map.of(), List.of(),
                        Map.of("STORYLOOM_AOT_CACHE", cached ? "on" : "off"))) {
                    walls.add((System.nanoTime() - started) / 1e9);
                    springs.add(app.springStartup());
                    if (i == 2) {
                        Thread.sleep(5000);
                        early = app.rssMb();
                        Thread.sleep(25000);
                        settled = app.rssMb();
                        if (cached) {
                            used = rssAfterFirstUse(app);
                        }
                    }
                }
            }
            double wall = median(walls);
            line(("- %s: process start to healthy %.2f s median of %s (Spring reports: %s); resident memory idle "
                    + "%d MB 5 s after healthy, %d MB 30 s after%s").formatted(
                            cached ? "with the AOT cache" : "cold, without the AOT cache", wall,
                            walls.stream().map("%.2f"::formatted).toList(), springs, early, settled,
                            cached ? ", %d MB once used (the safety model loaded)".formatted(used) : ""));
            FIGURES.put(kind + "_startup_s", "%.2f".formatted(wall));
            FIGURES.put(kind + "_spring_startup", springs.get(walls.indexOf(wall)));
            FIGURES.put(kind + "_rss_early_mb", Long.toString(early));
            FIGURES.put(kind + "_rss_idle_mb", Long.toString(settled));
            if (cached) {
                FIGURES.put("aot_rss_used_mb", Long.toString(used));
            }
        }
        restartOnExistingDatabase();
    }

    /**
     * The rows above start on a fresh in-memory database, so Flyway makes the schema each time; a process
     * that restarts finds its database made and only checks it. Timed the same way, with the AOT cache, on an
     * H2 file database (the embedded default) made by one untimed start before.
     */
    static void restartOnExistingDatabase() throws Exception {
        Path directory = Files.createTempDirectory("storyloom-bench-restart");
        Map<String, String> database = Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        List<Double> walls = new ArrayList<>();
        List<String> springs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            try (App app = App.start("startup-restart", database, Map.of(), List.of(), Map.of())) {
                if (i > 0) { // the first start makes the database
                    walls.add((System.nanoTime() - started) / 1e9);
                    springs.add(app.springStartup());
                }
            }
        }
        double wall = median(walls);
        line(("- with the AOT cache, restarted on an existing H2 file database: process start to healthy %.2f s "
                + "median of %s (Spring reports: %s)").formatted(wall, walls.stream().map("%.2f"::formatted).toList(),
                        springs));
        FIGURES.put("restart_startup_s", "%.2f".formatted(wall));
        FIGURES.put("restart_spring_startup", springs.get(walls.indexOf(wall)));
    }

    /** Uses the app once (its page, then a new account's book, made) and reads its memory 5 s after. */
    static long rssAfterFirstUse(App app) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/"))).build(), HttpResponse.BodyHandlers.discarding());
        var parent = new Client(app);
        String end = parent.awaitEnd(parent.create(4));
        if (!end.equals("COMPLETE")) {
            throw new IllegalStateException("The first book ended " + end + "; see " + app.log());
        }
        Thread.sleep(5000);
        return app.rssMb();
    }

    /** The simulated provider time of each stage of an 8-page book (text 300 ms, image 1 s, pages side by side). */
    static final Map<String, Double> SIMULATED = Map.of("pickup", 0.0, "outline", 0.3, "design", 1.3, "pages", 1.0);

    static void pipelineLatency() throws Exception {
        section("Pipeline latency: 8-page book, simulated provider latency (text 300 ms, image 1 s)");
        Map<String, String> slow = Map.of("storyloom.offline.text-latency", "300ms",
                "storyloom.offline.image-latency", "1000ms", "storyloom.generation.image-width", "512",
                "storyloom.generation.image-height", "384");
        double bound = 0.3 + 0.3 + 1.0 + 0.3 + 1.0; // outline + profile/style + reference + one scene + one image
        double ownPath = 0.3 + 0.3 + Math.max(1.0, 0.3) + 1.0; // reference and all scene moments run side by side
        List<Double> concurrent = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Map<String, Double>> stages = new ArrayList<>();
        try (App app = App.start("latency-8", h2("latency8"), with(slow, "storyloom.generation.page-concurrency", "8"))) {
            Client client = app.client();
            for (int i = 0; i < 4; i++) {
                double cpuBefore = app.cpuSeconds();
                double seconds = client.bookSeconds(8);
                if (i > 0) { // the first book warms the JVM up
                    concurrent.add(seconds);
                    cpu.add(app.cpuSeconds() - cpuBefore);
                    stages.add(client.lastStages);
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
        line("- where the median book's time went, against the simulated calls in each stage: " + String.join(", ",
                stages.get(concurrent.indexOf(median)).entrySet().stream().map(e -> "%s %.2f s (%.1f s simulated)"
                        .formatted(e.getKey(), e.getValue(), SIMULATED.get(e.getKey()))).toList()));
        line(("- the app's CPU time per book (the offline writer and illustrator included, whose work the simulated "
                + "latency covers), median: %.2f s  %s").formatted(median(cpu),
                cpu.stream().map(d -> "%.2f".formatted(d)).toList()));
        line("- ratio to the bound: %.2fx (target <= 1.15x)".formatted(median / bound));
        line("- ratio to Storyloom's own critical path: %.2fx (target <= 1.10x)".formatted(median / ownPath));
        line("- pages one by one (page concurrency 1): %.2f s, %.1fx slower than concurrent"
                .formatted(sequential, sequential / median));
        FIGURES.put("latency_s", "%.2f".formatted(median));
        FIGURES.put("latency_cpu_s", "%.2f".formatted(median(cpu)));
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
                "storyloom.quota.stories-in-flight", "1000", "storyloom.quota.stories-per-day", "10000",
                "storyloom.quota.pictures-per-day", "100000"));
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
        seedStackTwin();
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
                var sample = rssAfter(app, 5000);
                Map<String, String> result = wrk(wrkPrefix, client.token, url, connections, 10);
                long rss = sample.join();
                line(("- %d clients: %s requests/s, p50 %s, p90 %s, p99 %s, max %s, non-2xx %s, socket errors %s; "
                        + "resident memory under load %d MB").formatted(connections, result.get("rps"),
                                result.get("p50"), result.get("p90"), result.get("p99"), result.get("max"),
                                result.getOrDefault("non2xx", "0"), result.getOrDefault("errors", "none"), rss));
                for (String figure : List.of("rps", "p50", "p90", "p99", "max")) {
                    FIGURES.put(key + "poll_" + connections + "_" + figure, result.get(figure));
                }
                RSS_UNDER_LOAD.add(rss);
            }
        }
    }

    /**
     * The seed stack's status endpoint (bench/twin/app.py: FastAPI and uvicorn, SQLAlchemy over SQLite, the
     * token and the story read for each answer) under the same wrk runs as Storyloom's shared run, one uvicorn
     * worker per core, so the two are compared on the same machine in the same hour.
     */
    static void seedStackTwin() throws Exception {
        String python = System.getenv().getOrDefault("BENCH_TWIN_PYTHON", "/usr/bin/python3");
        if (new ProcessBuilder(python, "-c", "import fastapi, uvicorn, sqlalchemy, uvloop, httptools")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() != 0) {
            line("The seed stack's twin is not measured: " + python + " lacks FastAPI, uvicorn or SQLAlchemy "
                    + "(apt-get install python3-fastapi python3-uvicorn python3-uvloop python3-httptools python3-sqlalchemy).");
            return;
        }
        int workers = Runtime.getRuntime().availableProcessors();
        line("The seed stack's twin (FastAPI, uvicorn with %d workers, SQLAlchemy over SQLite), sharing the cores:"
                .formatted(workers));
        try (Twin twin = Twin.start(python, workers)) {
            wrk(List.of(), twin.token, twin.url, 64, 15); // warm-up
            for (int connections : List.of(64, 256)) {
                Map<String, String> result = wrk(List.of(), twin.token, twin.url, connections, 10);
                line("- %d clients: %s requests/s, p50 %s, p90 %s, p99 %s, non-2xx %s".formatted(connections,
                        result.get("rps"), result.get("p50"), result.get("p90"), result.get("p99"),
                        result.getOrDefault("non2xx", "0")));
                for (String figure : List.of("rps", "p50", "p90", "p99")) {
                    FIGURES.put("twin_poll_" + connections + "_" + figure, result.get(figure));
                }
                String ours = FIGURES.get("poll_" + connections + "_rps");
                if (ours != null && result.get("rps") != null) {
                    double ratio = Double.parseDouble(ours) / Double.parseDouble(result.get("rps"));
                    FIGURES.put("twin_ratio_" + connections, "%.1f".formatted(ratio));
                    line("  Storyloom answered %.1f× as many a second.".formatted(ratio));
                }
            }
        }
    }

    /**
     * bench/twin/app.py running: its URL for the one story it made, the token that may read it, and its
     * database file (removed when it stops).
     */
    record Twin(Process process, String url, String token, Path database) implements AutoCloseable {

        static Twin start(String python, int workers) throws Exception {
            int port = freePort();
            Path database = Files.createTempFile("storyloom-bench-twin-", ".db");
            var builder = new ProcessBuilder(python, "bench/twin/app.py", String.valueOf(port), database.toString(),
                    String.valueOf(workers)).redirectError(out.resolve("twin.log").toFile());
            Process process = builder.start();
            var stdout = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
            String first = stdout.readLine();
            Matcher m = Pattern.compile("twin token=(\\S+) story=(\\S+)").matcher(first == null ? "" : first);
            if (!m.matches()) {
                process.destroyForcibly();
                Files.deleteIfExists(database);
                throw new IllegalStateException("The twin did not start; see " + out.resolve("twin.log"));
            }
            Thread.ofVirtual().start(() -> {
                try {
                    stdout.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ended) {
                    // the twin was stopped
                }
            });
            var twin = new Twin(process, "http://127.0.0.1:%d/stories/%s/status".formatted(port, m.group(2)), m.group(1),
                    database);
            try {
                awaitAnswer(HttpRequest.newBuilder(URI.create(twin.url)).header("Authorization", "Bearer " + twin.token)
                        .build(), process, 30, "The twin", out.resolve("twin.log"));
            } catch (RuntimeException e) {
                twin.close();
                throw e;
            }
            return twin;
        }

        @Override
        public void close() throws Exception {
            var workers = process.descendants().toList();
            process.destroy();
            workers.forEach(ProcessHandle::destroy);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            workers.forEach(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(database);
        }
    }

    /**
     * A realistic crowd: parents each polling their own book's status every few seconds, 2,500 requests/s in
     * all, while 20 books are being made with simulated provider latency, round robin over 100 books of 10
     * accounts, so both the token and the status caches see many keys. The table's figures come from an open
     * loop ({@link OpenLoop}): 500 connections each sending a request every 200 ms on a fixed schedule, each
     * latency counted from when its request was due, so a slow moment is asked as much as any other and its
     * backlog is counted. Then, for comparison, the closed loop this phase used before: wrk with a script, 500
     * connections each asking 200 ms after its last answer (so fewer requests while answers are slow, and
     * the time a request waited to be sent counted nowhere).
     */
    static void constantRate() throws Exception {
        int connections = 500;
        int pauseMs = 200;
        int accounts = 10;
        int booksEach = 10;
        int making = 20;
        section("Status polling at %,d requests/s (%d connections, each every %d ms) while %d books are made"
                .formatted(connections * 1000 / pauseMs, connections, pauseMs, making));
        Map<String, String> settings = new LinkedHashMap<>(h2("load"));
        settings.putAll(Map.of("storyloom.offline.text-latency", "300ms", "storyloom.offline.image-latency", "1000ms",
                "storyloom.generation.image-width", "256", "storyloom.generation.image-height", "192",
                "storyloom.quota.stories-in-flight", "1000", "storyloom.quota.stories-per-day", "10000",
                "storyloom.quota.pictures-per-day", "100000"));
        try (App app = App.start("load", settings, Map.of())) {
            List<Client> parents = new ArrayList<>();
            List<OpenLoop.Target> polls = new ArrayList<>();
            var script = new StringBuilder("local polls = {\n");
            List<String> finished = new ArrayList<>();
            for (int a = 0; a < accounts; a++) {
                Client parent = app.client();
                parents.add(parent);
                for (int b = 0; b < booksEach; b++) {
                    String id = parent.create(2);
                    finished.add(id);
                    polls.add(new OpenLoop.Target("/stories/" + id + "/status", parent.token));
                    script.append("  {\"/stories/").append(id).append("/status\", \"Bearer ").append(parent.token)
                            .append("\"},\n");
                }
            }
            script.append("""
                    }
                    local i = 0
                    request = function()
                      i = i + 1
                      local poll = polls[(i %% #polls) + 1]
                      return wrk.format("GET", poll[1], {["Authorization"] = poll[2]})
                    end
                    delay = function()
                      return %d
                    end
                    """.formatted(pauseMs));
            Path lua = out.resolve("load.lua");
            Files.writeString(lua, script);
            for (int i = 0; i < finished.size(); i++) {
                parents.get(i / booksEach).awaitEnd(finished.get(i));
            }
            var stop = new java.util.concurrent.atomic.AtomicBoolean();
            var booksMade = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> makers = new ArrayList<>();
            for (int i = 0; i < making; i++) {
                Client parent = parents.get(i % accounts);
                makers.add(Thread.ofVirtual().start(() -> {
                    try {
                        while (!stop.get()) { // one book after another, so 20 are always in the making,
                            parent.watchToEnd(parent.create(8)); // each watched on its event stream, as the page does
                            booksMade.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (!stop.get()) {
                            System.err.println("A book maker stopped: " + e);
                        }
                    }
                }));
            }

            // open loop: 10 s warm-up, then 20 s measured (the table's figures)
            var sample = rssAfter(app, 20_000); // 10 s into the measured window
            int booksBefore = booksMade.get();
            OpenLoop.Result open = OpenLoop.run(app.port(), polls, connections, Duration.ofMillis(pauseMs),
                    Duration.ofSeconds(10), Duration.ofSeconds(20));
            int openBooks = booksMade.get() - booksBefore;
            long rss = sample.join();

            // closed loop, for comparison: wrk as this phase used it before, 10 s warm-up, then 20 s measured
            List<String> load = List.of("-s", lua.toString(), app.url("/"));
            booksBefore = booksMade.get();
            wrk(List.of(), load, connections, 10); // warm-up
            long jvmBefore = OS.getProcessCpuTime();
            double childrenBefore = childrenCpuSeconds();
            Map<String, String> closed = wrk(List.of(), load, connections, 20);
            double jvmDuringWrk = (OS.getProcessCpuTime() - jvmBefore) / 1e9;
            double wrkCpu = childrenCpuSeconds() - childrenBefore;
            int closedBooks = booksMade.get() - booksBefore;
            stop.set(true);
            for (Thread maker : makers) { // the books still being made are left to the app's shutdown
                maker.interrupt();
                maker.join();
            }
            line(("- open loop (the table's figures; requests sent on a fixed schedule, latency from when each was "
                    + "due): %,d requests due in the 20 s, %.0f answered a second, p50 %s, p90 %s, p99 %s, p99.9 %s, "
                    + "max %s; non-2xx %d, errors %d; %,d sent late because the answer before them on their "
                    + "connection was not yet in; %d books made in its 30 s; resident memory under load %d MB")
                    .formatted(open.due(), open.answeredPerSecond(), open.percentile(0.50), open.percentile(0.90),
                            open.percentile(0.99), open.percentile(0.999), open.percentile(1.0), open.non2xx(),
                            open.errors(), open.sentLate(), openBooks, rss));
            line(("  the generator's own delay in sending a request that was due and free to go (its timer counts "
                    + "whole ms; part of the latencies): p50 %s, p99 %s, max %s. Its thread's CPU in the 20 s: %.1f s "
                    + "(%.0f %% of a core, %.0f µs a request); this whole JVM's %.1f s, the book makers' event "
                    + "streams included (%.1f s in wrk's 20 s)").formatted(OpenLoop.percentile(open.lag(), 0.50),
                            OpenLoop.percentile(open.lag(), 0.99), OpenLoop.percentile(open.lag(), 1.0),
                            open.loopCpuSeconds(), open.loopCpuSeconds() / 20 * 100,
                            open.loopCpuSeconds() / open.due() * 1e6, open.cpuSeconds(), jvmDuringWrk));
            line("  the longest latency of the requests due in each second of the window, from %s: %s ms".formatted(
                    open.window(), java.util.Arrays.stream(open.worstBySecond()).mapToObj(nanos -> "%.0f".formatted(
                            nanos / 1e6)).collect(java.util.stream.Collectors.joining(" "))));
            line(("- closed loop, wrk for comparison (each connection asks 200 ms after its last answer, so it asks "
                    + "less while answers are slow): %s requests/s, p50 %s, p90 %s, p99 %s, max %s, non-2xx %s%s; "
                    + "%d books made in its 30 s; wrk's own CPU in the 20 s %.1f s (%.0f %% of a core)").formatted(
                            closed.get("rps"), closed.get("p50"), closed.get("p90"), closed.get("p99"),
                            closed.get("max"), closed.getOrDefault("non2xx", "0"),
                            closed.containsKey("errors") ? ", socket errors " + closed.get("errors") : "", closedBooks,
                            wrkCpu, wrkCpu / 20 * 100));
            FIGURES.put("rate_rps", "%.2f".formatted(open.answeredPerSecond()));
            FIGURES.put("rate_p50", open.percentile(0.50));
            FIGURES.put("rate_p90", open.percentile(0.90));
            FIGURES.put("rate_p99", open.percentile(0.99));
            FIGURES.put("rate_max", open.percentile(1.0));
            FIGURES.put("rate_failed", Long.toString(open.non2xx() + open.errors()));
            FIGURES.put("rate_books", Integer.toString(openBooks));
            for (String figure : List.of("rps", "p50", "p90", "p99", "max")) {
                FIGURES.put("rate_wrk_" + figure, closed.get(figure));
            }
            RSS_UNDER_LOAD.add(rss);
        }
    }

    /** The operating system's view of this JVM, for its CPU time ({@code getProcessCpuTime}, in ns). */
    static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /**
     * CPU time, user and system, of this JVM's child processes that have ended and been waited for
     * ({@code /proc/self/stat}: cutime and cstime, in clock ticks of 10 ms), so a wrk run's own CPU.
     */
    static double childrenCpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // fields[0] is field 3, the state
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
    }

    /** The app's resident memory in MB after the pause, taken while a load runs (-1 if it could not be read). */
    static java.util.concurrent.CompletableFuture<Long> rssAfter(App app, long millis) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return app.rssMb();
            } catch (IOException e) {
                return -1L;
            }
        }, java.util.concurrent.CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    // ---- the open-loop load generator ------------------------------------------------------------

    /**
     * An open-loop load generator, as wrk2 is. wrk with a delay is a closed loop: each connection waits for
     * its answer before it asks again, so when the app slows down it is asked less, the slow moments get few
     * samples, and the time a request could not be sent because the one before it was still unanswered is
     * counted nowhere (coordinated omission). Here connection c of n has its k-th request due at
     * start + c·period/n + k·period, whatever the answers do: n/period requests a second in all. A request
     * that comes due while its connection still waits for the answer before it goes out as soon as that
     * answer is in, and its latency is still counted from when it was due, as a parent's poll waits from when
     * it was meant to be asked. The requests, in the order they come due, go round robin over the targets,
     * as wrk's script does. Those due in the warm-up are sent but not counted; every one due in the measured
     * window is waited for, also when its answer comes after the window, and its latency kept (about 100 a
     * connection, sorted at the end: exact percentiles, no histogram).
     * <p>
     * One keep-alive HTTP/1.1 connection per client (reconnected when the server closes it), all served by
     * one thread with a selector over non-blocking sockets, as wrk does: the generator shares the cores with
     * the app, and a thread per connection costs far more CPU in thread switches. At 2,500 requests/s against
     * this app on 2 cores, a virtual thread per connection (blocking java.net.Socket) cost about 210 µs of CPU
     * a request and a platform thread per connection about 115 µs; this loop 40 to 60 µs, as much as wrk. The
     * selector's timeout counts whole milliseconds, so a request may go out up to about 1 ms after it is due;
     * that delay is in its latency and reported on its own ({@link Result#lag}), as is any wait of this thread
     * for a core.
     */
    static final class OpenLoop implements AutoCloseable {

        /** One request to send: a path and the API token it is asked with. */
        record Target(String path, String token) {
        }

        /**
         * What a run measured. {@code latencies}: every answered request due in the measured window, in
         * nanoseconds from when it was due, sorted. {@code answeredPerSecond}: the answers that arrived in the
         * window (whenever their requests were due), a second. {@code sentLate}: requests that came due while
         * their connection still waited for the answer before. {@code lag}: the generator's own delay in sending
         * a request its connection was free to send when it came due, sorted. {@code loopCpuSeconds}: the CPU
         * time of the generator's thread during the window; {@code cpuSeconds}: this whole JVM's (the generator's,
         * its garbage collection and whatever else this JVM ran meanwhile). {@code window}: when the measured
         * window began, by the wall clock, and {@code worstBySecond}: the longest latency of the requests due in
         * each of its seconds, so a stall can be found in the app's GC log or a JFR recording.
         */
        record Result(long due, long[] latencies, double answeredPerSecond, long non2xx, long errors, long sentLate,
                long[] lag, double loopCpuSeconds, double cpuSeconds, Instant window, long[] worstBySecond) {

            /** The latency below which this fraction of the answered requests came, as wrk writes it ("9.90ms"). */
            String percentile(double fraction) {
                return OpenLoop.percentile(latencies, fraction);
            }
        }

        /** Sends on schedule through the warm-up and the measured window, then waits for the last answers. */
        static Result run(int port, List<Target> targets, int connections, Duration period, Duration warmUp,
                Duration measured) throws IOException {
            try (var loop = new OpenLoop(port, targets, connections, period, warmUp, measured)) {
                return loop.run();
            }
        }

        static String percentile(long[] sorted, double fraction) {
            if (sorted.length == 0) {
                return "?";
            }
            long nanos = sorted[Math.max(0, (int) Math.ceil(fraction * sorted.length) - 1)];
            return nanos < 1_000_000 ? "%.2fus".formatted(nanos / 1e3)
                    : nanos < 1_000_000_000 ? "%.2fms".formatted(nanos / 1e6) : "%.2fs".formatted(nanos / 1e9);
        }

        static final long TIMEOUT = TimeUnit.SECONDS.toNanos(10); // an answer this late is counted as an error

        final java.net.InetSocketAddress address;
        final List<byte[]> requests = new ArrayList<>();
        final long period;
        final long from; // the measured window, System.nanoTime()
        final long to;
        final java.nio.channels.Selector selector;
        final Connection[] connections;
        final long[] worstBySecond; // by when each request was due
        final Instant window; // `from` by the wall clock

        OpenLoop(int port, List<Target> targets, int connections, Duration period, Duration warmUp, Duration measured)
                throws IOException {
            this.address = new java.net.InetSocketAddress("localhost", port);
            for (Target target : targets) {
                requests.add(("GET " + target.path() + " HTTP/1.1\r\nHost: localhost:" + port
                        + "\r\nAuthorization: Bearer " + target.token() + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            this.period = period.toNanos();
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            this.from = start + warmUp.toNanos();
            this.to = from + measured.toNanos();
            this.worstBySecond = new long[(int) ((measured.toNanos() + 999_999_999) / 1_000_000_000)]; // a part second too
            this.window = Instant.now().plusNanos(from - System.nanoTime());
            this.selector = java.nio.channels.Selector.open();
            this.connections = new Connection[connections];
            int capacity = (int) (measured.toNanos() / this.period) + 2;
            for (int c = 0; c < connections; c++) { // the first requests spread evenly over one period
                this.connections[c] = new Connection(c, start + c * this.period / connections, capacity);
            }
        }

        /**
         * The event loop: sends every request that has come due (the schedule is walked in order: connection
         * 0's k-th, 1's k-th, … then every connection's k+1-th), reads the answers that are in, and sleeps in
         * the selector until the next request is due or an answer arrives.
         */
        Result run() throws IOException {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuFrom = -1;
            long cpuTo = -1;
            long loopFrom = -1;
            long loopTo = -1;
            long k = 0; // the schedule's cursor: connection c's k-th request is the next to come due
            int c = 0;
            long nextCheck = 0;
            while (true) {
                long now = System.nanoTime();
                if (cpuFrom < 0 && now >= from) {
                    cpuFrom = OS.getProcessCpuTime();
                    loopFrom = threads.getCurrentThreadCpuTime();
                }
                if (cpuTo < 0 && now >= to) {
                    cpuTo = OS.getProcessCpuTime();
                    loopTo = threads.getCurrentThreadCpuTime();
                }
                long due;
                while ((due = connections[c].due(k)) <= now && due < to) {
                    connections[c].comeDue(k, now);
                    if (++c == connections.length) {
                        c = 0;
                        k++;
                    }
                }
                boolean scheduled = due < to; // requests still to come due
                if (now >= nextCheck) { // ten times a second: answers overdue, and whether all is done
                    nextCheck = now + TimeUnit.MILLISECONDS.toNanos(100);
                    boolean waiting = false;
                    for (Connection connection : connections) {
                        connection.expire(now);
                        waiting |= connection.waiting;
                    }
                    if (!scheduled && !waiting && now >= to) {
                        break;
                    }
                }
                long wake = scheduled ? Math.min(due, nextCheck) : nextCheck;
                selector.select(Math.max(1, (wake - now + 999_999) / 1_000_000)); // whole ms, and 0 is forever
                for (var key : selector.selectedKeys()) {
                    ((Connection) key.attachment()).ready(key);
                }
                selector.selectedKeys().clear();
            }
            return result((loopTo - loopFrom) / 1e9, (cpuTo - cpuFrom) / 1e9);
        }

        Result result(double loopCpuSeconds, double cpuSeconds) {
            List<long[]> latencies = new ArrayList<>();
            List<long[]> lags = new ArrayList<>();
            long due = 0, answered = 0, non2xx = 0, errors = 0, late = 0;
            for (Connection c : connections) {
                latencies.add(java.util.Arrays.copyOf(c.latencies, c.count));
                lags.add(java.util.Arrays.copyOf(c.lags, c.lagCount));
                due += c.dueInWindow;
                answered += c.answeredInWindow;
                non2xx += c.non2xx;
                errors += c.errors;
                late += c.sentLate;
            }
            return new Result(due, sorted(latencies), answered / ((to - from) / 1e9), non2xx, errors, late,
                    sorted(lags), loopCpuSeconds, cpuSeconds, window, worstBySecond.clone());
        }

        static long[] sorted(List<long[]> parts) {
            return parts.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        }

        @Override
        public void close() throws IOException {
            for (Connection connection : connections) {
                connection.disconnect();
            }
            selector.close();
        }

        /** One client: its connection, its place in the schedule, and what it measured. */
        final class Connection {
            final int index;
            final long first; // when its first request is due
            final long[] latencies;
            final long[] lags;
            int count;
            int lagCount;
            long dueInWindow;
            long answeredInWindow;
            long non2xx;
            long errors;
            long sentLate;

            long lastDue = -1; // the last of its requests to have come due
            long next; // the request in flight when waiting, else the next to send
            boolean waiting;
            long sentAt;
            java.nio.channels.SocketChannel channel;
            java.nio.channels.SelectionKey key;
            boolean reused; // the request in flight went on a connection that had answered before
            java.nio.ByteBuffer out;
            byte[] in = new byte[4096]; // the answer read so far
            int filled;

            Connection(int index, long first, int capacity) {
                this.index = index;
                this.first = first;
                this.latencies = new long[capacity];
                this.lags = new long[capacity];
            }

            long due(long k) {
                return first + k * period;
            }

            boolean counted(long k) {
                return due(k) >= from; // and before `to`: later ones are not sent
            }

            /** Its k-th request is due: it goes now, or once the answer awaited is in. */
            void comeDue(long k, long now) {
                lastDue = k;
                if (counted(k)) {
                    dueInWindow++;
                    if (waiting) {
                        sentLate++;
                    } else if (lagCount < lags.length) {
                        lags[lagCount++] = now - due(k);
                    }
                }
                sendDue();
            }

            /** Sends the next request if it has come due and no answer is awaited; one that cannot go fails. */
            void sendDue() {
                while (!waiting && next <= lastDue) {
                    try {
                        if (channel == null) {
                            channel = java.nio.channels.SocketChannel.open();
                            channel.socket().connect(address, 5_000); // blocking: on loopback it is at once
                            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                            channel.configureBlocking(false);
                            key = channel.register(selector, java.nio.channels.SelectionKey.OP_READ, this);
                            reused = false;
                        }
                        out = java.nio.ByteBuffer.wrap(requests.get((int) ((next * connections.length + index)
                                % requests.size())));
                        sentAt = System.nanoTime();
                        waiting = true;
                        channel.write(out);
                        if (out.hasRemaining()) { // the rest when the socket can take it
                            key.interestOps(key.interestOps() | java.nio.channels.SelectionKey.OP_WRITE);
                        }
                    } catch (IOException | RuntimeException e) {
                        failed();
                    }
                }
            }

            /** The socket can be written to or read from. */
            void ready(java.nio.channels.SelectionKey ready) {
                try {
                    if (ready.isWritable()) {
                        channel.write(out);
                        if (!out.hasRemaining()) {
                            ready.interestOps(java.nio.channels.SelectionKey.OP_READ);
                        }
                    }
                    if (!ready.isReadable()) {
                        return;
                    }
                    if (filled == in.length) {
                        in = java.util.Arrays.copyOf(in, in.length * 2);
                    }
                    int read = channel.read(java.nio.ByteBuffer.wrap(in, filled, in.length - filled));
                    if (read < 0) {
                        if (waiting && filled == 0 && reused) { // the server had closed the kept-alive connection
                            disconnect();
                            waiting = false;
                            sendDue(); // the same request, on a new connection
                            return;
                        }
                        throw new java.io.EOFException("The server closed the connection");
                    }
                    filled += read;
                    if (answerLength() > 0) { // all of it is in
                        answered(System.nanoTime());
                    }
                } catch (IOException | RuntimeException e) {
                    failed();
                    sendDue();
                }
            }

            int status;
            boolean close;

            /**
             * The length of the answer at the buffer's start once it is all in (by its Content-Length or its
             * chunks), else -1; reads its status and whether the server closes the connection after it.
             */
            int answerLength() {
                int end = indexOf("\r\n\r\n", 0);
                if (end < 0) {
                    return -1;
                }
                String head = new String(in, 0, end + 2, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!head.startsWith("HTTP/1.")) {
                    throw new IllegalStateException("Not an HTTP answer: " + head.lines().findFirst().orElse(""));
                }
                status = Integer.parseInt(head, 9, 12, 10);
                long length = status == 204 || status == 304 ? 0 : -1;
                boolean chunked = false;
                close = head.startsWith("HTTP/1.0");
                for (int line = head.indexOf("\r\n") + 2, next; line < head.length(); line = next + 2) {
                    next = head.indexOf("\r\n", line);
                    if (head.regionMatches(true, line, "Content-Length:", 0, 15)) {
                        length = Long.parseLong(head.substring(line + 15, next).trim());
                    } else if (head.regionMatches(true, line, "Transfer-Encoding:", 0, 18)) {
                        chunked = head.substring(line + 18, next).toLowerCase(java.util.Locale.ROOT).contains("chunked");
                    } else if (head.regionMatches(true, line, "Connection:", 0, 11)) {
                        close = head.substring(line + 11, next).trim().equalsIgnoreCase("close");
                    }
                }
                int body = end + 4;
                if (chunked) { // size line, chunk, CRLF, …, then "0", trailers if any, and an empty line
                    for (int at = body; ; ) {
                        int eol = indexOf("\r\n", at);
                        if (eol < 0) {
                            return -1;
                        }
                        String size = new String(in, at, eol - at, java.nio.charset.StandardCharsets.ISO_8859_1);
                        long bytes = Long.parseLong(size.split(";")[0].trim(), 16);
                        if (bytes == 0) {
                            int last = indexOf("\r\n\r\n", eol);
                            return last < 0 ? -1 : last + 4;
                        }
                        at = Math.toIntExact(eol + 2 + bytes + 2);
                        if (at > filled) {
                            return -1;
                        }
                    }
                }
                if (length < 0) {
                    throw new IllegalStateException("An answer with neither Content-Length nor chunks");
                }
                return filled >= body + length ? Math.toIntExact(body + length) : -1;
            }

            int indexOf(String bytes, int start) {
                search:
                for (int i = start; i + bytes.length() <= filled; i++) {
                    for (int j = 0; j < bytes.length(); j++) {
                        if (in[i + j] != bytes.charAt(j)) {
                            continue search;
                        }
                    }
                    return i;
                }
                return -1;
            }

            /** The answer to the request in flight is in: its latency from when it was due. */
            void answered(long now) {
                if (now >= from && now < to) {
                    answeredInWindow++;
                }
                if (counted(next)) {
                    long latency = now - due(next);
                    if (count < latencies.length) {
                        latencies[count++] = latency;
                    }
                    int second = (int) ((due(next) - from) / 1_000_000_000L);
                    worstBySecond[second] = Math.max(worstBySecond[second], latency);
                    if (status < 200 || status > 299) {
                        non2xx++;
                    }
                }
                filled = 0; // one request at a time, so nothing follows the answer
                if (close) {
                    disconnect();
                }
                next++;
                waiting = false;
                reused = true;
                sendDue();
            }

            /** The request in flight (or that could not go) failed: an error, and a new connection for the next. */
            void failed() {
                if (counted(next)) {
                    errors++;
                }
                disconnect();
                next++;
                waiting = false;
            }

            void expire(long now) {
                if (waiting && now - sentAt > TIMEOUT) {
                    failed();
                    sendDue();
                }
            }

            void disconnect() {
                filled = 0;
                if (channel != null) {
                    try {
                        channel.close(); // also cancels its key
                    } catch (IOException ignored) {
                        // closed anyway
                    }
                    channel = null;
                    key = null;
                }
            }
        }
    }

    // ---- the summary ---------------------------------------------------------------------------

    /**
     * The figures of this run as the README's performance table, each with its target and whether this run
     * met it (a figure a phase did not measure shows "?").
     */
    static String markdownTable() {
        var rows = new ArrayList<String>(List.of("| what | figure | target |", "|---|---|---|"));
        rows.add(row("start-up with the AOT cache (bin/storyloom), process start to healthy (H2), median of 3",
                "**%s s** (Spring's own count: %s)", target("aot_startup_s", "≤ 2 s", 2.0), "aot_startup_s",
                "aot_spring_startup"));
        rows.add(row("start-up without the AOT cache (cold), median of 3", "%s s (Spring's own count: %s)", "",
                "cold_startup_s", "cold_spring_startup"));
        rows.add(row("… a restart with the AOT cache on an existing H2 file database (Flyway only checks the schema), "
                + "median of 3", "%s s (Spring's own count: %s)", "", "restart_startup_s", "restart_spring_startup"));
        rows.add(("| resident memory idle, 30 s after healthy (with the AOT cache / cold; 5 s after healthy: %s MB / %s MB) "
                + "| **%s MB** / %s MB | %s |").formatted(figure("aot_rss_early_mb"), figure("cold_rss_early_mb"),
                        figure("aot_rss_idle_mb"), figure("cold_rss_idle_mb"), target("aot_rss_idle_mb", "≤ 250 MB", 250)));
        rows.add("| resident memory once used (a story made, the safety model loaded; with the AOT cache) | %s MB | |"
                .formatted(figure("aot_rss_used_mb")));
        rows.add("| resident memory under load (status polling, constant rate) | %s MB | |".formatted(
                RSS_UNDER_LOAD.isEmpty() ? "?" : RSS_UNDER_LOAD.stream().min(Long::compare).orElseThrow() + "–"
                        + RSS_UNDER_LOAD.stream().max(Long::compare).orElseThrow()));
        rows.add(row("8-page book, simulated latency text 300 ms, image 1 s, page concurrency 8",
                "**%s s** median of 3 after a warm-up (%s–%s s; the app's CPU %s s a book)", "", "latency_s",
                "latency_min_s", "latency_max_s", "latency_cpu_s"));
        rows.add(row(("… against the pipeline's own critical path of %s s (outline + profile/style + reference + one "
                + "image: the scene moments are written while the reference is drawn)").formatted(figure("own_path_s")),
                "**%s×**", target("own_path_ratio", "≤ 1.10×", 1.10), "own_path_ratio"));
        rows.add(row(("… against the critical-path bound of %s s (outline + profile/style + reference + one scene "
                + "moment + one image)").formatted(figure("bound_s")), "%s×", target("latency_ratio", "≤ 1.15×", 1.15),
                "latency_ratio"));
        rows.add(row("… the same book drawn page by page (concurrency 1)", "%s s: concurrency makes it %s× faster", "",
                "sequential_s", "speedup"));
        rows.add(row("orchestration, zero-latency offline providers, 40 books of 8 pages (256×192 pictures)",
                "H2 **%s books/min** (%s pages/s); PostgreSQL **%s books/min** (%s pages/s)", "", "books_per_minute_h2",
                "pages_per_s_h2", "books_per_minute_postgresql", "pages_per_s_postgresql"));
        int cores = Runtime.getRuntime().availableProcessors();
        rows.add(polling("status polling, 64 clients, app and wrk sharing the " + cores + " cores", "poll_64_", ""));
        rows.add(polling("status polling, 256 clients, sharing the " + cores + " cores", "poll_256_", ""));
        rows.add(row(("… the seed stack's status endpoint (bench/twin: FastAPI, uvicorn with %d workers, SQLAlchemy over "
                + "SQLite), 256 clients, sharing the cores").formatted(cores), "%s req/s, p99 %s: Storyloom answers **%s×** as "
                + "many (64 clients: %s×)", atLeast("twin_ratio_256", "≥ 5×", 5), "twin_poll_256_rps", "twin_poll_256_p99",
                "twin_ratio_256", "twin_ratio_64"));
        rows.add(polling("status polling, 256 clients, app pinned to 1 core and wrk to another", "pinned_poll_256_",
                target("pinned_poll_256_p99", "p99 < 20 ms", 20)));
        rows.add(row("status polling at 2,500 requests/s, open loop (5,000 parents every 2 s: 500 connections each "
                + "sending a request every 200 ms on a fixed schedule, whatever the answers do, latency counted from "
                + "when each was due; over 100 books of 10 accounts) while 20 books are made (%s finished meanwhile)"
                .formatted(figure("rate_books")), "%s req/s answered, p50 %s, p90 %s, **p99 %s**, max %s; %s failed",
                constantRateTarget(), "rate_rps", "rate_p50", "rate_p90", "rate_p99", "rate_max", "rate_failed"));
        return String.join("\n", rows) + "\n";
    }

    /**
     * The constant-rate row's verdict: its p99 counts only if the app answered (nearly) the rate asked of
     * it; an app that answered few requests, or none, has a low p99 of those few and has not met anything.
     */
    static String constantRateTarget() {
        String rps = FIGURES.get("rate_rps");
        if (rps != null && Double.parseDouble(rps) < 0.9 * 2500) {
            return "p99 < 50 ms: **missed**: only %s of about 2,500 requests/s were answered".formatted(figure("rate_rps"));
        }
        return target("rate_p99", "p99 < 50 ms", 50);
    }

    /** "≤ 2 s: met" or "≤ 2 s: missed by 35 %" for a figure that must not exceed the limit (ms for latencies). */
    static String target(String key, String what, double limit) {
        String value = FIGURES.get(key);
        if (value == null) {
            return what;
        }
        double figure = value.matches("[0-9.]+") ? Double.parseDouble(value) : toMillis(value);
        return figure <= limit ? what + ": **met**"
                : what + ": **missed** by %.0f %%".formatted((figure / limit - 1) * 100);
    }

    /** "≥ 5×: met" or "≥ 5×: missed by 20 %" for a figure that must reach the limit. */
    static String atLeast(String key, String what, double limit) {
        String value = FIGURES.get(key);
        if (value == null) {
            return what;
        }
        double figure = Double.parseDouble(value);
        return figure >= limit ? what + ": **met**"
                : what + ": **missed** by %.0f %%".formatted((1 - figure / limit) * 100);
    }

    /** wrk's latencies ("812.00us", "9.90ms", "1.20s") in milliseconds. */
    static double toMillis(String latency) {
        Matcher m = Pattern.compile("([0-9.]+)(us|ms|s)").matcher(latency);
        if (!m.matches()) {
            return Double.NaN;
        }
        double number = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> number / 1000;
            case "s" -> number * 1000;
            default -> number;
        };
    }

    static String row(String what, String format, String target, String... keys) {
        return "| " + what + " | " + format.formatted((Object[]) java.util.Arrays.stream(keys).map(Bench::figure)
                .toArray(String[]::new)) + " | " + target + " |";
    }

    static String polling(String what, String prefix, String target) {
        return row(what, "%s req/s, p50 %s, p90 %s, **p99 %s**, max %s", target, prefix + "rps", prefix + "p50",
                prefix + "p90", prefix + "p99", prefix + "max");
    }

    /** A figure as printed: wrk's "9.90ms" as "9.90 ms", its "21847.12" requests/s as "21,847". */
    static String figure(String key) {
        String value = FIGURES.getOrDefault(key, "?");
        if (key.endsWith("rps") && value.matches("[0-9.]+")) {
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
            return start(name, settings, more, prefix, Map.of());
        }

        /**
         * Starts the app the way every Storyloom process starts, through bin/storyloom (the JVM options of
         * bin/java-opts and, on JDK 25, the AOT cache); BENCH_JAVA_OPTS adds JVM options, e.g. a JFR recording.
         */
        static App start(String name, Map<String, String> settings, Map<String, String> more, List<String> prefix,
                Map<String, String> environment) throws Exception {
            int port = freePort();
            Path media = Files.createTempDirectory("storyloom-bench-");
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of("bin/storyloom", "--server.port=" + port, "--storyloom.media.directory=" + media));
            settings.forEach((k, v) -> command.add("--" + k + "=" + v));
            more.forEach((k, v) -> command.add("--" + k + "=" + v));
            Path log = out.resolve(name + ".log");
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("STORYLOOM_JAR", jar.toAbsolutePath().toString());
            builder.environment().put("STORYLOOM_JAVA_OPTS", System.getenv().getOrDefault("BENCH_JAVA_OPTS", ""));
            builder.environment().putAll(environment);
            Process process = builder.start();
            var app = new App(name, port, process, log);
            // the start is timed to this poll, so it asks every 20 ms: every 100 ms added 50 ms on average
            awaitAnswer(HttpRequest.newBuilder(URI.create(app.url("/actuator/health"))).build(), process, 120, name, log);
            return app;
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

        /** CPU time the app's process has used so far, user and system, in seconds. */
        double cpuSeconds() {
            return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos() / 1e9;
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
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (true) {
                if (System.nanoTime() > deadline) { // e.g. the app's job server stopped: fail, don't hang
                    throw new IllegalStateException("Book " + id + " did not end within 5 minutes; see " + app.log());
                }
                String status = field(get("/stories/" + id + "/status"), "status");
                if (status.equals("COMPLETE") || status.equals("FAILED")) {
                    return status;
                }
                Thread.sleep(50);
            }
        }

        /**
         * Waits for the book's end as the page does: on its event stream, which sends each status as it happens
         * and ends after COMPLETE or FAILED (a parent watching a book asks nothing more meanwhile). A stream that
         * ends without either (its timeout) is opened again.
         */
        String watchToEnd(String id) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            Pattern end = Pattern.compile("\"status\":\"(COMPLETE|FAILED)\"");
            while (System.nanoTime() < deadline) {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/stories/" + id + "/events")))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Events of book " + id + " answered " + response.statusCode());
                }
                try (var lines = response.body()) {
                    var ended = lines.map(end::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
                    if (ended.isPresent()) {
                        return ended.get();
                    }
                }
            }
            throw new IllegalStateException("Book " + id + " did not end within 5 minutes; see " + app.log());
        }

        /** Makes a book and returns the seconds from its queueing to COMPLETE, by the server's own clock. */
        double bookSeconds(int pages) throws Exception {
            String id = create(pages);
            String end = awaitEnd(id);
            if (!end.equals("COMPLETE")) {
                throw new IllegalStateException("Book ended " + end);
            }
            String history = get("/stories/" + id + "/history");
            List<String> times = new ArrayList<>();
            Matcher m = Pattern.compile("\"changed_at\":\"([^\"]+)\"").matcher(history);
            while (m.find()) {
                times.add(m.group(1));
            }
            var first = OffsetDateTime.parse(times.getFirst());
            var last = OffsetDateTime.parse(times.getLast());
            lastStages = stages(history);
            return Duration.between(first, last).toNanos() / 1e9;
        }

        /** The stages of the last book timed by {@link #bookSeconds}, in seconds (see {@link #stages}). */
        Map<String, Double> lastStages = Map.of();

        /**
         * Where a book's time went, by the server's status history: queued to the outline begun (job pickup),
         * the outline, characters/style/reference picture (scene moments beside them), the pages.
         */
        static Map<String, Double> stages(String history) {
            Map<String, OffsetDateTime> entered = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\"status\":\"([A-Z_0-9]+)\"[^{}]*?\"changed_at\":\"([^\"]+)\"")
                    .matcher(history);
            while (m.find()) {
                String status = m.group(1).startsWith("GENERATING_PAGE_IMAGE_") ? "PAGES" : m.group(1);
                entered.putIfAbsent(status, OffsetDateTime.parse(m.group(2)));
            }
            Map<String, Double> stages = new LinkedHashMap<>();
            List<String> order = List.of("PENDING", "GENERATING_OUTLINE", "GENERATING_REFERENCE_IMAGES", "PAGES",
                    "COMPLETE");
            List<String> names = List.of("pickup", "outline", "design", "pages");
            for (int i = 0; i < names.size(); i++) {
                var from = entered.get(order.get(i));
                var to = entered.get(order.get(i + 1));
                if (from != null && to != null) {
                    stages.put(names.get(i), Duration.between(from, to).toNanos() / 1e9);
                }
            }
            return stages;
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
        return wrk(prefix, List.of("-H", "Authorization: Bearer " + token, url), connections, seconds);
    }

    /** wrk with one thread and these arguments after its own (a header and URL, or a script and URL). */
    static Map<String, String> wrk(List<String> prefix, List<String> target, int connections, int seconds)
            throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency"));
        command.addAll(target);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Map<String, String> result = new LinkedHashMap<>();
        find(output, "Requests/sec:\\s+([0-9.]+)").ifPresent(v -> result.put("rps", v));
        find(output, "\\s50%\\s+(\\S+)").ifPresent(v -> result.put("p50", v));
        find(output, "\\s90%\\s+(\\S+)").ifPresent(v -> result.put("p90", v));
        find(output, "\\s99%\\s+(\\S+)").ifPresent(v -> result.put("p99", v));
        find(output, "Non-2xx or 3xx responses:\\s+(\\d+)").ifPresent(v -> result.put("non2xx", v));
        find(output, "Latency\\s+\\S+\\s+\\S+\\s+(\\S+)").ifPresent(v -> result.put("max", v));
        find(output, "Socket errors: (.+)").ifPresent(v -> result.put("errors", v.trim()));
        return result;
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Asks every 20 ms until the process answers the request with 200; fails when it exits first or has not
     * answered within the seconds given.
     */
    static void awaitAnswer(HttpRequest request, Process process, int seconds, String name, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " did not answer within " + seconds + " s; see " + log);
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
