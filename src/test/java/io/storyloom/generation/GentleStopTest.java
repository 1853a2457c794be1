package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.AppProcess;
import io.storyloom.support.SeparateProcesses;
import io.storyloom.support.Users;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The app as a real process on PostgreSQL, stopped gently (SIGTERM) in the middle of a story and started
 * again: the story is handed back, not failed, and the next process completes it. Beside
 * {@link CrashRecoveryTest}, whose kills it shares the settings of.
 */
@SeparateProcesses
class GentleStopTest {

    @TempDir
    Path media;

    @Test
    void aStoryStoppedGentlyMidWayIsHandedBackAndNeverShowsFailed() {
        Map<String, String> settings = CrashRecoveryTest.settings(media);
        String token;
        String story;
        try (var first = AppProcess.start("gentle-1", settings)) {
            token = Users.token(first.port(), Users.signUp(first.port()));
            var client = CrashRecoveryTest.stories(first, token);
            story = client.create("Greta", 12);
            // as long as the crash test's waits: under CI's load a 12-page book once took over 30 s to get there
            await().atMost(Duration.ofSeconds(90)).until(() -> client.status(story),
                    s -> s.get("status").asString().startsWith("GENERATING_PAGE_IMAGE"));
            first.stop();
        }
        try (var second = AppProcess.start("gentle-2", settings)) {
            var after = CrashRecoveryTest.stories(second, token);
            JsonNode done = await().atMost(Duration.ofSeconds(120)).until(() -> after.status(story),
                    s -> s.get("status").asString().equals("COMPLETE") || s.get("status").asString().equals("FAILED"));
            assertThat(done.get("status").asString()).as(second.log()).isEqualTo("COMPLETE");
            assertThat(after.history(story)).doesNotContain("FAILED");
        }
    }
}
