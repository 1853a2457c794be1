package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The offline writer's own books pass the child-safety review that every generated story and every scene
 * moment goes through: a gentle book refused by its own app would fail for every parent who runs it without
 * keys.
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
                var facts = child % 2 == 0
                        ? with(brief(), "child_name", "Kid" + child, "idea", "Kid" + child + " finds a dragon egg in the garden",
                                "lesson", "patience", "page_count", 3 + (int) (seed % 4), "interests",
                                List.of("dinosaurs", "puddles"), "interests_text", "dinosaurs and puddles")
                        // No companion: the last page's picture is the child alone at bedtime.
                        : with(brief(), "child_name", "Kid" + child, "idea", "a snail who wants to sail across the pond",
                                "companion", "", "lesson", "", "page_count", 4 + (int) (seed % 4), "interests",
                                List.of("boats", "snails"), "interests_text", "boats and snails");
                refused.addAll(refusals(facts, seed));
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void theBooksOfEveryKeptIdeaPassTheReview() {
        List<String> refused = new ArrayList<>();
        OfflineIdeaRetellingTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 3; seed++) {
                refused.addAll(refusals(idea.brief(), seed));
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
                refused.addAll(refusals(brief, seed));
            }
        });
        assertThat(refused).isEmpty();
    }

    /**
     * What the review refuses of a book's story, of its scene moments (each page's picture, described) and of the
     * picture prompts composed from them and the characters' looks (the reference sheet's and each page's).
     */
    private static List<String> refusals(Map<String, Object> brief, long seed) {
        OfflineBook book = OfflineBook.write(brief, seed);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", book.story().title());
        texts.put("setting", book.story().meta().setting());
        book.story().pages().forEach(page -> texts.put("page " + page.number(), page.text()));
        texts.put("reference picture prompt", book.referencePrompt());
        book.scenes().scenes().forEach(scene -> {
            texts.put("scene " + scene.page() + " description", scene.description());
            texts.put("scene " + scene.page() + " action", scene.action());
            texts.put("page " + scene.page() + " picture prompt", book.pagePrompt(scene));
        });
        List<String> refused = new ArrayList<>();
        SAFETY.review(texts).forEach((field, concerns) -> {
            if (!concerns.isEmpty()) {
                refused.add(field + " " + concerns + ": " + texts.get(field));
            }
        });
        return refused;
    }
}
