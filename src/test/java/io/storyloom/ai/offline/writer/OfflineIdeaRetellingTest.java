package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.JSON;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.bareBrief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.sceneFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.text;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.VisualProfile;
import io.storyloom.prompt.SceneMoments;
import io.storyloom.prompt.StructuredStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The offline writer tells the parent's idea in its own sentences, for the ideas in
 * {@code src/test/resources/offline/ideas.json}: the idea's object and place are in the story, the
 * idea's words are not, the child's pronouns are used, no companion is invented, and every page's
 * scene moment lists the things its text names.
 */
class OfflineIdeaRetellingTest {

    /** A stretch this long of the parent's words in a row counts as copying the idea. */
    private static final int COPIED_WORDS = 6;

    record Idea(String idea, String name, String pronouns, String thing, String word, String place,
            String companion) {

        Map<String, Object> brief() {
            return with(bareBrief(), "idea", idea, "child_name", name, "pronouns", pronouns);
        }

        @Override
        public String toString() {
            return idea;
        }
    }

    static Stream<Idea> ideas() {
        JsonNode all = JSON.readTree(OfflineIdeaRetellingTest.class.getResourceAsStream("/offline/ideas.json"));
        var out = new ArrayList<Idea>();
        for (JsonNode i : all) {
            out.add(new Idea(i.get("idea").asString(), i.get("name").asString(), i.get("pronouns").asString(),
                    i.get("thing").asString(), i.get("word").asString(), i.get("place").asString(),
                    i.has("companion") ? i.get("companion").asString() : ""));
        }
        return out.stream();
    }

    @Test
    void keepsAtLeastThirtyVariedIdeas() {
        assertThat(ideas().toList()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ideas().map(Idea::place).filter(p -> !p.isEmpty()).distinct().count()).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void tellsTheIdeasObjectAndPlaceInItsOwnWords(Idea idea) {
        String text = text(story(idea.brief()));

        if (!idea.word().isEmpty()) {
            assertThat(text.toLowerCase(Locale.ROOT)).as(text).contains(idea.word());
        }
        if (!idea.place().isEmpty()) {
            assertThat(Catalogue.get().placesIn(text)).as(text).extracting(Catalogue.Hit::id).contains(idea.place());
        }
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(idea.idea().toLowerCase(Locale.ROOT));
        assertThat(longestCopiedRun(idea.idea(), text)).as(text).isLessThan(COPIED_WORDS);
        assertThat(text).doesNotContain("{", "}", "'s mind", "remembered:", "  ");
        assertThat(text).contains("The End.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void usesThePronounsGivenAndInventsNoCompanion(Idea idea) {
        var brief = idea.brief();
        StructuredStory story = story(brief);
        String text = text(story);

        switch (idea.pronouns()) {
            case "she/her" -> assertThat(text).containsPattern("\\b([Ss]he|[Hh]er)\\b")
                    .doesNotContainPattern("\\b([Hh]e|[Hh]is|[Hh]im|[Hh]imself)\\b");
            case "he/him" -> assertThat(text).containsPattern("\\b([Hh]e|[Hh]is|[Hh]im)\\b")
                    .doesNotContainPattern("\\b([Ss]he|[Hh]er|[Hh]erself)\\b");
            case "they/them" -> assertThat(text).containsPattern("\\b([Tt]hey|[Tt]heir|[Tt]hem)\\b")
                    .doesNotContainPattern("\\b([Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\\b");
            default -> assertThat(text).doesNotContainPattern("\\b([Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\\b")
                    .doesNotContain(idea.name() + "'s mind");
        }
        assertCompanionAsGiven(brief, story, idea.companion());
    }

    /** The book's characters: only the child when no companion was given, else the companion, named in the text. */
    static void assertCompanionAsGiven(Map<String, Object> brief, StructuredStory story, String companion) {
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, OfflineStoryFixtures.storyFacts(brief, story), 42L,
                VisualProfile.class);
        if (companion.isEmpty()) {
            assertThat(profile.characters()).as("only the child, no invented friend").hasSize(1);
        } else {
            assertThat(text(story)).contains(companion);
            assertThat(profile.characters()).extracting(VisualProfile.Character::name).contains(companion);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void everySceneMomentListsTheThingsItsPageNames(Idea idea) {
        var brief = idea.brief();
        StructuredStory story = story(brief);
        SceneMoments scenes = scenesOf(brief, story);
        String key = Premise.of(BookFacts.from(brief), Lexicon.get()).idea().thingWords();

        for (int i = 0; i < story.pages().size(); i++) {
            int number = i + 1;
            String page = story.pages().get(i).text();
            var scene = scenes.scenes().get(i);
            String props = String.join(" | ", scene.props()).toLowerCase(Locale.ROOT);
            for (var hit : Catalogue.get().thingsIn(page)) {
                boolean describesKey = (" " + key + " ").contains(" " + hit.word() + " ");
                assertThat(props.contains(hit.word()) || describesKey && props.contains(key))
                        .as("page %d names %s; props %s", i + 1, hit.word(), props).isTrue();
            }
            Catalogue.get().placesIn(page).stream().findFirst().ifPresent(place -> assertThat(scene.setting())
                    .as("page %d is set where it says", number)
                    .isIn(Catalogue.get().place(place.id()).scene(), story.meta().setting()));
        }
    }

    @Test
    void putsTheThingUpTheTreeWhereTheTextDoes() {
        var brief = with(bareBrief(), "idea", "rescuing a kitten stuck up a tree", "child_name", "Jack",
                "pronouns", "he/him");
        StructuredStory story = story(brief);
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, OfflineStoryFixtures.storyFacts(brief, story), 42L,
                VisualProfile.class);
        SceneMoments scenes = answer(PromptKind.SCENE_MOMENTS, sceneFacts(brief, story, profile), 42L,
                SceneMoments.class);

        assertThat(scenes.scenes().stream().flatMap(s -> s.props().stream())).contains("kitten up in a tree");
    }

    @Test
    void weavesTheLessonIntoTheTurnInsteadOfStatingIt() {
        String text = text(story(with(bareBrief(), "lesson", "trying new things", "idea", "Omar learns to ride a bike",
                "child_name", "Omar", "pronouns", "he/him")));

        assertThat(text).doesNotContainIgnoringCase("trying new things");
        assertThat(text).containsAnyOf("deep breath", "wobbly", "anyway");
    }

    @Test
    void variesItsSentenceOpeningsAcrossBooksAndStaysTheSameForOneBook() {
        var openings = new HashSet<String>();
        var endings = new HashSet<String>();
        ideas().forEach(idea -> {
            StructuredStory story = story(idea.brief());
            openings.add(firstWords(story.pages().getFirst().text().replace(idea.name(), "X")));
            endings.add(firstWords(story.pages().getLast().text().replace(idea.name(), "X")));
        });
        assertThat(openings).hasSizeGreaterThanOrEqualTo(4);
        assertThat(endings).hasSizeGreaterThanOrEqualTo(4);
        var brief = ideas().findFirst().orElseThrow().brief();
        assertThat(text(story(brief))).isEqualTo(text(story(brief)));
    }

    @Test
    void otherLanguagesNeverCopyTheIdeaEither() {
        for (String language : List.of("es", "fr", "de")) {
            String idea = "una idea muy especial sobre un dragón azul";
            String text = text(story(with(bareBrief(), "language", language, "idea", idea)));
            assertThat(text).as(language).doesNotContain(idea);
        }
    }

    /** Every page's scene moment, asked the way the pipeline asks: after the story and the characters. */
    static SceneMoments scenesOf(Map<String, Object> brief, StructuredStory story) {
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, OfflineStoryFixtures.storyFacts(brief, story), 42L,
                VisualProfile.class);
        return answer(PromptKind.SCENE_MOMENTS, sceneFacts(brief, story, profile), 42L, SceneMoments.class);
    }

    private static String firstWords(String text) {
        String[] words = text.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
    }

    /** The longest run of the idea's words, in order, found in the text. */
    static int longestCopiedRun(String idea, String text) {
        List<String> ideaWords = List.of(Texts.fold(idea).split(" "));
        String folded = " " + Texts.fold(text) + " ";
        int best = 0;
        for (int i = 0; i < ideaWords.size(); i++) {
            for (int j = i + 1; j <= ideaWords.size(); j++) {
                if (folded.contains(" " + String.join(" ", ideaWords.subList(i, j)) + " ")) {
                    best = Math.max(best, j - i);
                }
            }
        }
        return best;
    }
}
