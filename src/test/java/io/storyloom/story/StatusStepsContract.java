package io.storyloom.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.AppTest;
import io.storyloom.support.ModelControl;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Holds the pipeline at every model call and reads {@code /status} there: the status, its message and
 * the progress must be the ones of the step that is running. One page at a time, so each page state
 * can be seen on its own.
 */
abstract class StatusStepsContract extends AppTest {

    @DynamicPropertySource
    static void onePageAtATime(DynamicPropertyRegistry registry) {
        registry.add("storyloom.generation.page-concurrency", () -> "1");
    }

    private final List<OffsetDateTime> seenUpdates = new ArrayList<>();

    @Test
    void statusShowsEveryStepWhileItRuns() {
        models.hold();
        String id = stories.create("Mia", 3);

        ModelControl.Call outline = models.nextCall();
        assertThat(outline.name()).isEqualTo("STRUCTURED_STORY");
        expect(id, "GENERATING_OUTLINE", "Writing the story", 0);
        outline.proceed();

        List<String> design = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ModelControl.Call call = models.nextCall();
            design.add(call.name());
            expect(id, "GENERATING_REFERENCE_IMAGES", "Designing the characters and the art style", 0);
            call.proceed();
        }
        // The profile and the style come first (together), then the reference picture and the scene moments.
        assertThat(design.subList(0, 2)).containsExactlyInAnyOrder("VISUAL_PROFILE", "BASE_STYLE");
        assertThat(design.subList(2, 4)).containsExactlyInAnyOrder("IMAGE_CHARACTER_REFERENCE", "SCENE_MOMENTS");

        for (int page = 1; page <= 3; page++) {
            ModelControl.Call picture = models.nextCall();
            assertThat(picture.name()).isEqualTo("IMAGE_PAGE");
            expect(id, "GENERATING_PAGE_IMAGE_" + page, "Drawing the picture for page " + page, page - 1);
            picture.proceed();
        }

        JsonNode end = stories.awaitStatus(id, "COMPLETE");
        assertThat(end.get("status_message").asString()).isEqualTo("Your book is ready!");
        assertThat(end.get("progress").get("pages_done").asInt()).isEqualTo(3);
        assertThat(seenUpdates).isSorted();
        assertThat(stories.history(id)).containsExactly("PENDING", "GENERATING_OUTLINE", "GENERATING_REFERENCE_IMAGES",
                "GENERATING_PAGE_IMAGE_1", "GENERATING_PAGE_IMAGE_2", "GENERATING_PAGE_IMAGE_3", "COMPLETE");
    }

    private void expect(String id, String status, String message, int pagesDone) {
        JsonNode now = stories.status(id);
        assertThat(now.get("status").asString()).isEqualTo(status);
        assertThat(now.get("status_message").asString()).isEqualTo(message);
        assertThat(now.get("progress").get("pages_done").asInt()).isEqualTo(pagesDone);
        assertThat(now.get("progress").get("pages_total").asInt()).isEqualTo(3);
        seenUpdates.add(OffsetDateTime.parse(now.get("updated_at").asString()));
    }
}
