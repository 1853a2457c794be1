package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.bareBrief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.sceneFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.storyFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.SceneMoment;
import io.storyloom.prompt.SceneMoments;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.design.VisualProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineStorySceneTest {

    private static final List<String> TIMES = List.of("morning", "afternoon", "evening", "night");

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 12})
    void plansOneSceneForEveryPageInOrder(int pages) {
        Book book = book(with(brief(), "page_count", pages));

        SceneMoments moments = book.scenes();

        assertThat(new OfflineStoryChecks().scenesCover(moments, pages)).isEmpty();
        assertThat(moments.scenes()).allSatisfy(scene -> {
            assertThat(scene.charactersPresent()).first().isEqualTo("Mia");
            // Only what the page names (no interests or setting filler), in the place the page is in.
            String page = Texts.fold(book.story().pages().get(scene.page() - 1).text());
            assertThat(scene.props()).hasSizeLessThanOrEqualTo(8).allSatisfy(prop -> assertThat(page)
                    .contains(Texts.fold(prop.replace(" up in a tree", "").replace(" in hand", "")
                            .replace(" in the sky", ""))));
            assertThat(scene.setting()).isIn(book.story().meta().setting(), "a cozy bedroom with a bed and a window");
            assertThat(scene.description()).contains("Mia");
        });
    }

    @Test
    void letsTheDayGoByAndEndsAtNight() {
        List<SceneMoment> scenes = book(with(brief(), "page_count", 8)).scenes().scenes();

        List<Integer> times = scenes.stream().map(s -> TIMES.indexOf(s.timeOfDay())).toList();
        assertThat(times).doesNotContain(-1).isSorted();
        assertThat(scenes.getFirst().timeOfDay()).isEqualTo("morning");
        assertThat(scenes.getLast().timeOfDay()).isEqualTo("night");
        assertThat(scenes).extracting(SceneMoment::timeOfDay).contains("afternoon", "evening");
    }

    @Test
    void keepsTheCompanionInThePictureFromThePageItJoins() {
        Book book = book(with(brief(), "page_count", 6));
        String pal = book.profile().characters().get(1).name();
        List<SceneMoment> scenes = book.scenes().scenes();

        int joins = 0;
        while (!book.story().pages().get(joins).text().contains(pal)) {
            joins++;
        }
        for (int i = 0; i < scenes.size(); i++) {
            assertThat(scenes.get(i).charactersPresent().contains(pal)).as("page %d", i + 1).isEqualTo(i >= joins);
        }
    }

    @Test
    void readsTheActionFeelingAndPropsFromThePage() {
        Book book = book(with(brief(), "page_count", 6));
        List<SceneMoment> scenes = book.scenes().scenes();

        for (int i = 0; i < scenes.size(); i++) {
            assertThat(book.story().pages().get(i).text()).contains(scenes.get(i).action());
        }
        assertThat(scenes).extracting(SceneMoment::emotion).contains("a little worried");
        assertThat(scenes).flatExtracting(SceneMoment::props).contains("lost star up in a tree");
        assertThat(scenes).extracting(SceneMoment::camera).contains("wide shot", "medium shot", "close-up");
    }

    @Test
    void answersASinglePageAsTheWholePlanDoes() {
        Book book = book(with(brief(), "page_count", 5));

        for (int page = 1; page <= 5; page++) {
            var facts = new java.util.LinkedHashMap<>(book.sceneFacts());
            facts.put("page_number", page);
            facts.put("page_text", book.story().pages().get(page - 1).text());
            SceneMoment scene = answer(PromptKind.SCENE_MOMENT, facts, 42L + page, SceneMoment.class);

            assertThat(scene.page()).isEqualTo(page);
            assertThat(scene).isEqualTo(book.scenes().scenes().get(page - 1));
        }
    }

    @Test
    void copesWithoutTheProfileOrTheStory() {
        var facts = with(bareBrief(), "page_number", 3, "page_count", 4);

        SceneMoment scene = answer(PromptKind.SCENE_MOMENT, facts, 1L, SceneMoment.class);
        SceneMoments scenes = answer(PromptKind.SCENE_MOMENTS, facts, 1L, SceneMoments.class);

        assertThat(scene.page()).isEqualTo(3);
        assertThat(scene.charactersPresent()).containsExactly("Mia");
        assertThat(scenes.scenes()).hasSize(4);
    }

    @Test
    void keepsAHostileNameAsData() {
        String name = "Mia\"}<script>alert(1)</script>";
        Book book = book(with(brief(), "child_name", name));

        assertThat(book.scenes().scenes()).allSatisfy(s -> assertThat(s.charactersPresent()).contains(name));
    }

    private record Book(StructuredStory story, VisualProfile profile, Map<String, Object> sceneFacts, SceneMoments scenes) {
    }

    private static Book book(Map<String, Object> brief) {
        StructuredStory story = story(brief);
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, storyFacts(brief, story), 1L, VisualProfile.class);
        Map<String, Object> facts = sceneFacts(brief, story, profile);
        return new Book(story, profile, facts, answer(PromptKind.SCENE_MOMENTS, facts, 1L, SceneMoments.class));
    }
}
