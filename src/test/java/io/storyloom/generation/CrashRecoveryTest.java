package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.Api;
import io.storyloom.support.AppProcess;
import io.storyloom.support.PostgresDatabase;
import io.storyloom.support.SeparateProcesses;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The app as a real process on PostgreSQL, killed with SIGKILL in the middle of a story (during the
 * outline, then during the pictures) and started again: the story completes with every page exactly
 * once and no picture drawn twice. A gentle stop is {@link GentleStopTest}'s, so the two chains of starts run
 * side by side.
 */
@SeparateProcesses
class CrashRecoveryTest {

    @TempDir
    Path media;

    @Test
    void aStoryKilledTwiceMidWayCompletesWithEveryPageOnce() throws IOException {
        Map<String, String> settings = settings(media);
        String storyId;
        String token;
        try (var first = AppProcess.start("crash-1", settings)) {
            token = Users.token(first.port(), Users.signUp(first.port()));
            storyId = stories(first, token).create("Karl", 6);
            stories(first, token).awaitStatus(storyId, "GENERATING_OUTLINE");
            first.kill();
        }
        try (var second = AppProcess.start("crash-2", settings)) {
            var client = stories(second, token);
            await().atMost(Duration.ofSeconds(90)).until(() -> client.status(storyId),
                    s -> s.get("progress").get("pages_done").asInt() >= 2
                            && s.get("status").asString().startsWith("GENERATING_PAGE_IMAGE"));
            second.kill();
        }
        try (var third = AppProcess.start("crash-3", settings)) {
            var client = stories(third, token);
            JsonNode end = await().atMost(Duration.ofSeconds(120)).until(() -> client.status(storyId),
                    s -> s.get("status").asString().equals("COMPLETE") || s.get("status").asString().equals("FAILED"));
            assertThat(end.get("status").asString()).as(third.log()).isEqualTo("COMPLETE");

            JsonNode book = client.book(storyId);
            assertThat(book.get("pages").valueStream().map(p -> p.get("number").asInt()).toList())
                    .containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(book.get("pages").valueStream().map(p -> p.get("image_url").isString()).toList())
                    .containsOnly(true);
            JsonNode edits = new Api(third.port()).header("Authorization", "Bearer " + token)
                    .get("/stories/" + storyId + "/history").json().get("edits");
            assertThat(count(edits, "WRITTEN")).isEqualTo(6);
            assertThat(count(edits, "DRAWN")).isEqualTo(6);
            assertThat(count(edits, "REDRAWN")).isZero();
            try (Stream<Path> files = Files.list(media.resolve("stories").resolve(storyId))) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("page-")).toList())
                        .hasSize(6);
            }
            assertThat(client.history(storyId)).doesNotContain("FAILED");
        }
    }

    /** A fresh PostgreSQL database, slow enough models that a kill or a stop lands mid-story, small pictures. */
    static Map<String, String> settings(Path media) {
        Map<String, String> settings = new HashMap<>();
        String database = PostgresDatabase.create();
        settings.put("spring.datasource.url", PostgresDatabase.urlOf(database));
        settings.put("spring.datasource.username", PostgresDatabase.USER);
        settings.put("storyloom.media.directory", media.toString());
        settings.put("storyloom.offline.text-latency", "800ms");
        settings.put("storyloom.offline.image-latency", "1200ms");
        settings.put("storyloom.generation.page-concurrency", "2");
        settings.put("storyloom.generation.image-width", "320");
        settings.put("storyloom.generation.image-height", "240");
        // Running work gets 2 s to finish on SIGTERM (10 s by default), so the test sees it handed back.
        settings.put("jobrunr.background-job-server.interrupt-jobs-await-duration-on-stop", "2s");
        return settings;
    }

    static StoryClient stories(AppProcess app, String token) {
        return new StoryClient(new Api(app.port()).header("Authorization", "Bearer " + token));
    }

    private static long count(JsonNode edits, String kind) {
        return edits.valueStream().filter(e -> e.get("kind").asString().equals(kind)).count();
    }
}
