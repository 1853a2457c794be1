package io.storyloom.generation;

import io.storyloom.support.OnEveryDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.ModelControl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The database as it behaves over days: the pool replaces every connection (HikariCP's max-lifetime) and
 * books, edits and redraws keep being saved; writes fail for a while and the stories caught in it are
 * picked up again by the watchdog once they work.
 */
@OnEveryDatabase
abstract class StoreResilienceContract extends AppTest {

    private static final List<String> WRITTEN_TABLES = List.of("story", "page", "page_revision");

    @DynamicPropertySource
    static void quickRecovery(DynamicPropertyRegistry registry) {
        // One page at a time, so the test knows which page a held picture call is for.
        registry.add("storyloom.generation.page-concurrency", () -> "1");
        // The watchdog looks every 5 s; a job JobRunr gave up on counts as gone after 2 s.
        registry.add("storyloom.watchdog.interval", () -> "PT5S");
        registry.add("storyloom.watchdog.grace", () -> "2s");
        // JobRunr retries a failed job after 1 s each time (3, 9, 27 s by default), so it gives up sooner.
        registry.add("jobrunr.jobs.retry-back-off-time-seed", () -> "1");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorageProvider jobs;

    /** Lists the ids of the database's open sessions other than the caller's. */
    abstract String otherSessionsSql();

    /** Adds a check constraint that every row breaks, not checked against the rows already there. */
    abstract String addFailingCheckSql(String table, String constraint);

    @Test
    void booksEditsAndRedrawsAreSavedAfterThePoolReplacedEveryConnection() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        // A pool retires its connections one by one, so the database is never left without one. Holding
        // one here keeps it so while the test retires them all at once (else H2 would close the database
        // and open it afresh, which hides what a long-running process meets).
        try (Connection held = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            for (int round = 1; round <= 2; round++) {
                replaceEveryConnection(pool, held);

                String id = stories.create("Ola", 3);
                assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
                var edited = api.put("/stories/" + id + "/pages/1", Api.json(Map.of("text", "Ola waved, round " + round + ".")));
                assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
                var redraw = api.post("/stories/" + id + "/pages/2/illustration", null);
                assertThat(redraw.status()).as(redraw.toString()).isEqualTo(202);
                assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

                JsonNode book = stories.book(id);
                assertThat(book.get("pages").get(0).get("text").asString()).isEqualTo("Ola waved, round " + round + ".");
                JsonNode edits = api.get("/stories/" + id + "/history").json().get("edits");
                assertThat(edits.valueStream().map(e -> e.get("kind").asString()).toList())
                        .contains("EDITED", "REDRAWN");
            }
        }
    }

    @Test
    void aStoryCaughtByFailingWritesIsRestartedByTheWatchdogOnceWritesWork() {
        models.hold();
        String id = stories.create("Rosa", 4);
        ModelControl.Call call = models.nextCall();
        while (!call.name().equals("IMAGE_PAGE")) {
            call.proceed();
            call = models.nextCall();
        }
        call.proceed(); // page 1 is drawn and saved
        ModelControl.Call page2 = models.nextCall();
        assertThat(stories.status(id).get("status").asString()).isEqualTo("GENERATING_PAGE_IMAGE_2");

        // Writes fail (as they did with H2's stale check constraints): page 2's picture cannot be saved,
        // nor can the story be marked FAILED; JobRunr retries the job and gives up.
        WRITTEN_TABLES.forEach(table -> jdbc.sql(addFailingCheckSql(table, "writes_fail_" + table)).update());
        UUID jobId = jobOf(id);
        page2.proceed();
        models.open();
        await().atMost(Duration.ofSeconds(90)).until(() -> jobs.getJobById(jobId).getState() == StateName.FAILED);
        assertThat(stories.status(id).get("status").asString()).isEqualTo("GENERATING_PAGE_IMAGE_2");

        healWrites();
        JsonNode end = stories.awaitEnd(id);
        assertThat(end.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(end.get("progress").get("pages_done").asInt()).isEqualTo(4);

        JsonNode history = api.get("/stories/" + id + "/history").json();
        List<JsonNode> statuses = history.get("statuses").valueStream().toList();
        int restart = indexOf(statuses, "watchdog");
        assertThat(statuses.get(restart).get("status").asString()).isEqualTo("PENDING");
        assertThat(statuses.get(restart).get("status_message").asString()).isEqualTo("Picking up where it stopped");
        // Each run begins its pages in page order; the resumed one only those still without a picture.
        assertThat(codes(statuses.subList(0, restart))).containsExactly("PENDING", "GENERATING_OUTLINE",
                "GENERATING_REFERENCE_IMAGES", "GENERATING_PAGE_IMAGE_1", "GENERATING_PAGE_IMAGE_2");
        assertThat(codes(statuses.subList(restart + 1, statuses.size()))).containsExactly("GENERATING_PAGE_IMAGE_2",
                "GENERATING_PAGE_IMAGE_3", "GENERATING_PAGE_IMAGE_4", "COMPLETE");
        assertThat(history.get("edits").valueStream().filter(e -> e.get("kind").asString().equals("DRAWN")).count())
                .isEqualTo(4);
        assertThat(stories.book(id).get("pages").valueStream().map(p -> p.get("image_url").isString()).toList())
                .containsExactly(true, true, true, true);
    }

    @AfterEach
    void healWrites() {
        WRITTEN_TABLES.forEach(table ->
                jdbc.sql("alter table " + table + " drop constraint if exists writes_fail_" + table).update());
    }

    private void replaceEveryConnection(HikariDataSource pool, Connection held) throws SQLException {
        Set<String> before = sessions(held);
        // Evicting closes the idle connections at once and the busy ones when next borrowed; evicting
        // again until none of the old ones is left also catches those that were busy the first time.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            pool.getHikariPoolMXBean().softEvictConnections();
            return Collections.disjoint(sessions(held), before);
        });
    }

    private Set<String> sessions(Connection held) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (var statement = held.createStatement(); var rows = statement.executeQuery(otherSessionsSql())) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private UUID jobOf(String storyId) {
        return jdbc.sql("select job_id from story where id = ?").param(UUID.fromString(storyId)).query(UUID.class).single();
    }

    private static int indexOf(List<JsonNode> statuses, String actor) {
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).get("actor").asString().equals(actor)) {
                return i;
            }
        }
        throw new AssertionError("No status by " + actor + " in " + statuses);
    }

    private static List<String> codes(List<JsonNode> statuses) {
        List<String> codes = new ArrayList<>();
        statuses.forEach(s -> codes.add(s.get("status").asString()));
        return codes;
    }
}
