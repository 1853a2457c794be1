package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storyloom.support.Api;
import io.storyloom.support.AppProcess;
import io.storyloom.support.SeparateProcesses;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as a process with JSON logs (as operators switch them on) and API keys configured: every
 * line about a story's generation carries its story id and the operation's context, and no key ever
 * reaches the log. A separate process, because logging is set up once per JVM.
 */
@SeparateProcesses
class StructuredLogsTest {

    private static final String SECRET = "sk-test-NEVER-LOG-ME-9b2e4d";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path media;

    @Test
    void everyLineOfAGenerationCarriesItsContextAndNoKey() {
        String database = "storyloom-logs-" + UUID.randomUUID();
        String log;
        String id;
        try (var app = AppProcess.start("json-logs", Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "storyloom.media.directory", media.toString(),
                "logging.structured.format.console", "ecs",
                "storyloom.text.api-key", SECRET,
                "storyloom.image.api-key", SECRET,
                "storyloom.generation.image-width", "320",
                "storyloom.generation.image-height", "240"))) {
            var stories = new StoryClient(new Api(app.port())
                    .header("Authorization", "Bearer " + Users.token(app.port(), Users.signUp(app.port()))));
            id = stories.create("Lena", 3);
            assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
            // The status is COMPLETE once committed; the line that logs the write comes a moment after it.
            await().atMost(Duration.ofSeconds(10)).until(() -> app.log().contains("complete_story"));
            log = app.log();
        }

        List<JsonNode> lines = log.lines().filter(l -> l.startsWith("{")).map(JSON::readTree).toList();
        assertThat(lines).as("JSON lines").hasSizeGreaterThan(20);
        String storyId = id;
        List<JsonNode> story = lines.stream()
                .filter(l -> l.path("log").path("logger").asString(l.path("log.logger").asString("")).startsWith("io.storyloom"))
                .filter(l -> l.toString().contains(storyId))
                .toList();
        assertThat(story).hasSizeGreaterThan(10);
        assertThat(story).allSatisfy(line -> assertThat(line.path("story_id").asString()).as(line.toString())
                .isEqualTo(storyId));

        Set<String> operations = story.stream().map(l -> l.path("operation").asString("")).collect(Collectors.toSet());
        assertThat(operations).contains("queue_generation", "update_status", "insert_pages", "save_visual_profile",
                "save_base_style", "save_scene_moment", "save_image_prompt", "save_page_image", "provider_call",
                "complete_story");
        assertThat(story).filteredOn(l -> l.path("operation").asString("").equals("provider_call")).allSatisfy(l -> {
            assertThat(l.path("provider").asString()).isEqualTo("offline");
            assertThat(l.path("model").asString()).startsWith("storyloom-offline");
            assertThat(l.path("duration_ms").isMissingNode()).isFalse();
        });
        assertThat(story).filteredOn(l -> l.path("operation").asString("").equals("save_page_image"))
                .extracting(l -> l.path("page").asString()).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(story).filteredOn(l -> l.path("operation").asString("").equals("insert_pages"))
                .allSatisfy(l -> assertThat(l.path("duration_ms").isMissingNode()).isFalse());
        assertThat(log).doesNotContain(SECRET);
    }
}
