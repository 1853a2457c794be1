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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One web process and two worker processes on one PostgreSQL: twenty stories are shared out by the
 * job queue, all complete, every page is drawn exactly once, both workers take part, and an event
 * stream opened on the web process sees every status of a story that a worker runs.
 */
@SeparateProcesses
class ScaleOutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path media;

    @Test
    void twoWorkersShareTwentyStoriesAndTheWebProcessStreamsTheirStatus() {
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

        try (var web = AppProcess.start("web", with(common, "storyloom.roles", "web"))) {
            // The web process has set up the database; the workers start side by side.
            var workerSettings = new LinkedHashMap<String, Map<String, String>>();
            workerSettings.put("worker-a", with(common, "storyloom.roles", "worker"));
            workerSettings.put("worker-b", with(common, "storyloom.roles", "worker"));
            List<AppProcess> workers = AppProcess.startTogether(workerSettings);
            try (var worker1 = workers.get(0); var worker2 = workers.get(1)) {
                twoWorkersShareTwentyStories(web, worker1, worker2);
            }
        }
    }

    private void twoWorkersShareTwentyStories(AppProcess web, AppProcess worker1, AppProcess worker2) {
        assertThat(new Api(worker1.port()).get("/stories/statuses").status()).isEqualTo(404);
        String token = Users.token(web.port(), Users.signUp(web.port()));
        var stories = new StoryClient(new Api(web.port()).header("Authorization", "Bearer " + token));

        String watched = stories.create("Wilma", 4);
        EventStream stream = EventStream.open(web.url("/stories/" + watched + "/events"), token);
        List<String> ids = new ArrayList<>(List.of(watched));
        for (int i = 1; i < 20; i++) {
            ids.add(stories.create("Kid" + i, 3));
        }

        for (String id : ids) {
            JsonNode end = await().atMost(Duration.ofSeconds(120)).until(() -> stories.status(id),
                    s -> s.get("status").asString().equals("COMPLETE") || s.get("status").asString().equals("FAILED"));
            assertThat(end.get("status").asString()).isEqualTo("COMPLETE");
            JsonNode edits = new Api(web.port()).header("Authorization", "Bearer " + token)
                    .get("/stories/" + id + "/history").json().get("edits");
            int pages = end.get("progress").get("pages_total").asInt();
            assertThat(count(edits, "DRAWN")).as("pictures of " + id).isEqualTo(pages);
            assertThat(count(edits, "REDRAWN")).isZero();
        }
        assertThat(worker1.log()).contains("Story complete");
        assertThat(worker2.log()).contains("Story complete");
        assertThat(web.log()).doesNotContain("Story complete");

        await().atMost(Duration.ofSeconds(10)).until(stream::isEnded);
        List<String> pushed = stream.named("status").stream()
                .map(e -> JSON.readTree(e.data()).get("status").asString()).toList();
        List<String> history = stories.history(watched);
        assertThat(history).endsWith(pushed.toArray(String[]::new));
        assertThat(pushed).contains("GENERATING_OUTLINE", "GENERATING_REFERENCE_IMAGES", "GENERATING_PAGE_IMAGE_1",
                "GENERATING_PAGE_IMAGE_2", "GENERATING_PAGE_IMAGE_3", "GENERATING_PAGE_IMAGE_4").endsWith("COMPLETE");
    }

    private static Map<String, String> with(Map<String, String> settings, String key, String value) {
        var copy = new HashMap<>(settings);
        copy.put(key, value);
        return copy;
    }

    private static long count(JsonNode edits, String kind) {
        return edits.valueStream().filter(e -> e.get("kind").asString().equals(kind)).count();
    }
}
