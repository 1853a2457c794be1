package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.Api;
import io.storyloom.support.AppProcess;
import io.storyloom.support.EventStream;
import io.storyloom.support.PostgresDatabase;
import io.storyloom.support.SeparateProcesses;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two web processes and two workers on one PostgreSQL, with no sticky sessions: a browser signed in on
 * one process is signed in on the other, a token revoked on one is refused by the other at once (not
 * after its cache expires), an event stream on either sees the workers' statuses as they are written
 * (pushed by LISTEN/NOTIFY, not found by polling), and twenty stories are shared out by the job queue:
 * all complete, every page is drawn exactly once and both workers take part. One set of processes serves
 * every test, as starting them is most of the cost.
 */
@SeparateProcesses(alone = true) // it measures how soon a status reaches the event streams
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedStateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * A bound on a worker's status reaching an event stream on a web process, from the worker's clock reading
     * before its write to the stream's read (same machine), at the 99th percentile. The target is 100 ms; the
     * bound is loose because a test machine shared with other work starves processes of CPU now and then.
     * Whether statuses are pushed at all is decided by the feeds' polling being switched off (an hour).
     */
    private static final Duration STATUS_P99 = Duration.ofSeconds(2);

    private AppProcess webA;
    private AppProcess webB;
    private AppProcess workerA;
    private AppProcess workerB;

    @BeforeAll
    void start(@TempDir Path media) {
        Map<String, String> common = new HashMap<>();
        common.put("spring.datasource.url", PostgresDatabase.urlOf(PostgresDatabase.create()));
        common.put("spring.datasource.username", PostgresDatabase.USER);
        common.put("storyloom.media.directory", media.toString());
        common.put("storyloom.offline.text-latency", "100ms");
        common.put("storyloom.offline.image-latency", "200ms");
        common.put("storyloom.generation.image-width", "320");
        common.put("storyloom.generation.image-height", "240");
        common.put("storyloom.quota.stories-in-flight", "25");
        common.put("jobrunr.background-job-server.worker-count", "6");
        // Longer than any wait below: what a process learns from another it learns by a signal.
        common.put("storyloom.tokens.cache-ttl", "10m");
        common.put("storyloom.status.cache-ttl", "10m");
        common.put("storyloom.events.poll-interval", "1h");
        webA = AppProcess.start("web-a", with(common, "storyloom.roles", "web"));
        // web-a has set up the database; the others start side by side.
        var others = new LinkedHashMap<String, Map<String, String>>();
        others.put("web-b", with(common, "storyloom.roles", "web"));
        others.put("worker-a", with(common, "storyloom.roles", "worker"));
        others.put("worker-b", with(common, "storyloom.roles", "worker"));
        List<AppProcess> started = AppProcess.startTogether(others);
        webB = started.get(0);
        workerA = started.get(1);
        workerB = started.get(2);
    }

    @AfterAll
    void stop() {
        for (AppProcess process : new AppProcess[] {webA, webB, workerA, workerB}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void aBrowserSignedInOnOneWebProcessIsSignedInOnTheOtherUntilItSignsOut() {
        String email = Users.signUp(webA.port());
        Api onA = new Api(webA.port());
        var signedIn = onA.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", Users.csrf(onA));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        String cookies = "JSESSIONID=" + onA.cookie("JSESSIONID") + "; XSRF-TOKEN=" + onA.cookie("XSRF-TOKEN");

        Api onB = new Api(webB.port()).header("Cookie", cookies);
        var me = onB.get("/account/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);

        var signedOut = new Api(webB.port()).header("Cookie", cookies).send("POST", "/account/signout", new byte[0], "X-XSRF-TOKEN", onA.cookie("XSRF-TOKEN"));
        assertThat(signedOut.status()).as(signedOut.toString()).isEqualTo(204);
        assertThat(new Api(webA.port()).header("Cookie", cookies).get("/account/me").status())
                .as("signed out on B, so on A too").isEqualTo(401);
    }

    @Test
    void aTokenRevokedOnOneWebProcessIsRefusedByTheOtherAtOnce() {
        String email = Users.signUp(webA.port());
        var created = new Api(webA.port()).postJson("/auth/token",
                Map.of("email", email, "password", Users.PASSWORD, "name", "script"));
        String secret = created.json().get("token").asString();
        String tokenId = created.json().get("id").asString();
        Api onA = new Api(webA.port()).header("Authorization", "Bearer " + secret);
        Api onB = new Api(webB.port()).header("Authorization", "Bearer " + secret);
        assertThat(onB.get("/account/me").status()).as("B now holds the token in its cache").isEqualTo(200);

        assertThat(onA.delete("/account/tokens/" + tokenId).status()).isEqualTo(204);
        long revoked = System.nanoTime();
        // The signal is in flight for a few milliseconds; B's cache would keep the token for ten minutes.
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5))
                .until(() -> onB.get("/account/me").status() == 401);
        System.out.printf("token refused on the other web process %d ms after its revocation%n",
                (System.nanoTime() - revoked) / 1_000_000);
    }

    @Test
    void eventStreamsOnEitherWebProcessSeeTheWorkersStatusesAtOnce() {
        String token = Users.token(webA.port(), Users.signUp(webA.port()));
        var stories = new StoryClient(new Api(webA.port()).header("Authorization", "Bearer " + token));
        List<EventStream> streams = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = stories.create("Kid" + i, 3);
            AppProcess web = i % 2 == 0 ? webA : webB;
            streams.add(EventStream.open(web.url("/stories/" + id + "/events"), token));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> streams.stream().allMatch(EventStream::isEnded));

        List<Long> delays = new ArrayList<>();
        for (EventStream stream : streams) {
            List<EventStream.Event> statuses = stream.named("status");
            assertThat(statuses).isNotEmpty();
            JsonNode last = JSON.readTree(statuses.getLast().data());
            assertThat(last.get("status").asString()).isEqualTo("COMPLETE");
            // The first event is the state the story was in when the stream opened: not a change it waited for.
            for (EventStream.Event event : statuses.subList(1, statuses.size())) {
                var written = OffsetDateTime.parse(JSON.readTree(event.data()).get("updated_at").asString());
                delays.add(Duration.between(written.toInstant(), event.received()).toMillis());
            }
        }
        List<Long> sorted = delays.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("status to event stream on another process: %d events, p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), p50, p99, sorted.getLast());
        assertThat(sorted).hasSizeGreaterThanOrEqualTo(20);
        assertThat(p99).as("p99 of %s ms", sorted).isLessThan(STATUS_P99.toMillis());
    }

    @Test
    void twoWorkersShareTwentyStoriesAndTheWebProcessStreamsTheirStatus() {
        assertThat(new Api(workerA.port()).get("/stories/statuses").status()).isEqualTo(404);
        String token = Users.token(webA.port(), Users.signUp(webA.port()));
        var stories = new StoryClient(new Api(webA.port()).header("Authorization", "Bearer " + token));

        String watched = stories.create("Wilma", 4);
        EventStream stream = EventStream.open(webA.url("/stories/" + watched + "/events"), token);
        List<String> ids = new ArrayList<>(List.of(watched));
        for (int i = 1; i < 20; i++) {
            ids.add(stories.create("Kid" + i, 3));
        }

        for (String id : ids) {
            JsonNode end = await().atMost(Duration.ofSeconds(120)).until(() -> stories.status(id),
                    s -> s.get("status").asString().equals("COMPLETE") || s.get("status").asString().equals("FAILED"));
            assertThat(end.get("status").asString()).isEqualTo("COMPLETE");
            JsonNode edits = new Api(webA.port()).header("Authorization", "Bearer " + token)
                    .get("/stories/" + id + "/history").json().get("edits");
            int pages = end.get("progress").get("pages_total").asInt();
            assertThat(count(edits, "DRAWN")).as("pictures of " + id).isEqualTo(pages);
            assertThat(count(edits, "REDRAWN")).isZero();
        }
        // a book's "Story complete" line is written a moment after its COMPLETE status is committed
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(workerA.log()).contains("Story complete");
            assertThat(workerB.log()).contains("Story complete");
        });
        assertThat(webA.log()).doesNotContain("Story complete");
        assertThat(webB.log()).doesNotContain("Story complete");

        await().atMost(Duration.ofSeconds(10)).until(stream::isEnded);
        List<String> pushed = stream.named("status").stream()
                .map(e -> JSON.readTree(e.data()).get("status").asString()).toList();
        List<String> history = stories.history(watched);
        assertThat(history).endsWith(pushed.toArray(String[]::new));
        assertThat(pushed).contains("GENERATING_OUTLINE", "GENERATING_REFERENCE_IMAGES", "GENERATING_PAGE_IMAGE_1",
                "GENERATING_PAGE_IMAGE_2", "GENERATING_PAGE_IMAGE_3", "GENERATING_PAGE_IMAGE_4").endsWith("COMPLETE");
    }

    private static long count(JsonNode edits, String kind) {
        return edits.valueStream().filter(e -> e.get("kind").asString().equals(kind)).count();
    }

    private static Map<String, String> with(Map<String, String> settings, String key, String value) {
        var copy = new HashMap<>(settings);
        copy.put(key, value);
        return copy;
    }
}
