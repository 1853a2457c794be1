package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.safety.ContentSafety;
import io.storyloom.safety.SafetySettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline writer's own books pass the child-safety review that every generated story goes through:
 * a gentle book refused by its own app would fail for every parent who runs it without keys.
 */
class OfflineBooksPassTheReviewTest {

    private static final ContentSafety SAFETY = new ContentSafety(SafetySettings.defaults(), Optional.empty());

    @BeforeAll
    static void loadTheModel() {
        assertThat(SAFETY.awaitReady()).isTrue();
    }

    @Test
    void booksForManyNamesAndSeedsPassTheReview() {
        List<String> refused = new ArrayList<>();
        for (int child = 0; child < 20; child++) {
            for (long seed = 0; seed < 5; seed++) {
                var facts = with(brief(), "child_name", "Kid" + child, "idea", "Kid" + child + " finds a dragon egg in the garden",
                        "lesson", "patience", "page_count", 3 + (int) (seed % 4), "interests", List.of("dinosaurs", "puddles"),
                        "interests_text", "dinosaurs and puddles");
                refused.addAll(refusals(answer(PromptKind.STRUCTURED_STORY, facts, seed, StructuredStory.class)));
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void theBooksOfEveryKeptIdeaPassTheReview() {
        List<String> refused = new ArrayList<>();
        OfflineIdeaRetellingTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 3; seed++) {
                refused.addAll(refusals(answer(PromptKind.STRUCTURED_STORY, idea.brief(), seed, StructuredStory.class)));
            }
        });
        assertThat(refused).isEmpty();
    }

    @Test
    void theBooksOfEveryKeptSpanishFrenchAndGermanIdeaPassTheReview() {
        List<String> refused = new ArrayList<>();
        OfflineIdeaRetellingLanguagesTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 3; seed++) {
                var brief = with(idea.brief(), "interests", List.of("dinosaurs", "painting"), "lesson",
                        List.of("courage", "sharing", "patience").get((int) seed));
                refused.addAll(refusals(answer(PromptKind.STRUCTURED_STORY, brief, seed, StructuredStory.class)));
            }
        });
        assertThat(refused).isEmpty();
    }

    private static List<String> refusals(StructuredStory story) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", story.title());
        texts.put("setting", story.meta().setting());
        story.pages().forEach(page -> texts.put("page " + page.number(), page.text()));
        List<String> refused = new ArrayList<>();
        SAFETY.review(texts).forEach((field, concerns) -> {
            if (!concerns.isEmpty()) {
                refused.add(field + " " + concerns + ": " + texts.get(field));
            }
        });
        return refused;
    }
}
