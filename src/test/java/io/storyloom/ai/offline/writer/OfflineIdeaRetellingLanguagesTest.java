package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.JSON;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.bareBrief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.text;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.prompt.SceneMoments;
import io.storyloom.prompt.StructuredStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Spanish, French and German books tell the parent's idea in their own sentences, as English ones do,
 * for the ideas in {@code src/test/resources/offline/ideas-languages.json}: the idea's object and place
 * in the book's words, never the idea's words, the child's pronouns, no invented companion, and scene
 * moments that name, in English for the illustrator, every catalogue thing the page names.
 */
class OfflineIdeaRetellingLanguagesTest {

    private static final int COPIED_WORDS = 6;
    /** Per language, the words that show a story speaks of a girl, and of a boy. */
    private static final Map<String, List<String>> SHE = Map.of("es", List.of("ella", "niña"),
            "fr", List.of("elle", "fille"), "de", List.of("sie", "Mädchen"));
    private static final Map<String, List<String>> HE = Map.of("es", List.of("él", "niño"),
            "fr", List.of("il", "garçon"), "de", List.of("er", "Junge"));

    record Idea(String language, String idea, String name, String pronouns, String thing, String word, String place,
            String companion) {

        Map<String, Object> brief() {
            return with(bareBrief(), "language", language, "idea", idea, "child_name", name, "pronouns", pronouns);
        }

        @Override
        public String toString() {
            return language + ": " + idea;
        }
    }

    static Stream<Idea> ideas() {
        JsonNode all = JSON.readTree(OfflineIdeaRetellingLanguagesTest.class
                .getResourceAsStream("/offline/ideas-languages.json"));
        var out = new ArrayList<Idea>();
        for (JsonNode i : all) {
            out.add(new Idea(i.get("language").asString(), i.get("idea").asString(), i.get("name").asString(),
                    i.get("pronouns").asString(), i.get("thing").asString(), i.get("word").asString(),
                    i.get("place").asString(), i.has("companion") ? i.get("companion").asString() : ""));
        }
        return out.stream();
    }

    @Test
    void keepsAtLeastTenVariedIdeasPerLanguage() {
        for (String language : List.of("es", "fr", "de")) {
            var ideas = ideas().filter(i -> i.language().equals(language)).toList();
            assertThat(ideas).as(language).hasSizeGreaterThanOrEqualTo(10);
            assertThat(ideas.stream().map(Idea::thing).distinct().count()).as(language).isGreaterThanOrEqualTo(8);
            assertThat(ideas.stream().map(Idea::companion).filter(c -> !c.isEmpty())).as(language).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void tellsTheIdeasObjectAndPlaceInItsOwnWords(Idea idea) {
        StructuredStory story = story(idea.brief());
        String text = text(story);
        Catalogue catalogue = Catalogue.forLanguage(idea.language());

        assertThat(text.toLowerCase(Locale.ROOT)).as(text).contains(idea.word().toLowerCase(Locale.ROOT));
        assertThat(catalogue.thingsIn(text)).as(text).extracting(Catalogue.Hit::id).contains(idea.thing());
        if (!idea.place().isEmpty()) {
            assertThat(catalogue.placesIn(text)).as(text).extracting(Catalogue.Hit::id).contains(idea.place());
        }
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(idea.idea().toLowerCase(Locale.ROOT));
        assertThat(OfflineIdeaRetellingTest.longestCopiedRun(idea.idea(), text)).as(text).isLessThan(COPIED_WORDS);
        assertThat(text).doesNotContain("{", "}", "  ", " .", " ,");
        assertThat(story.title()).doesNotContain("{", "}").contains(idea.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void usesThePronounsGivenAndInventsNoCompanion(Idea idea) {
        var brief = idea.brief();
        StructuredStory story = story(brief);
        String text = text(story);
        List<String> she = SHE.get(idea.language());
        List<String> he = HE.get(idea.language());

        switch (idea.pronouns()) {
            case "she/her" -> assertThat(she.stream().anyMatch(w -> hasWord(text, w))).as(text).isTrue();
            case "he/him" -> assertThat(he.stream().anyMatch(w -> hasWord(text, w))).as(text).isTrue();
            default -> assertThat(Stream.of(she.get(1), he.get(1)).noneMatch(w -> hasWord(text, w))).as(text).isTrue();
        }
        // The child is never the other one: the girl's words in a boy's book, or the other way round.
        if ("she/her".equals(idea.pronouns())) {
            assertThat(hasWord(text, he.get(1))).as(text).isFalse();
        } else if ("he/him".equals(idea.pronouns())) {
            assertThat(hasWord(text, she.get(1))).as(text).isFalse();
        }
        OfflineIdeaRetellingTest.assertCompanionAsGiven(brief, story, idea.companion());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ideas")
    void everySceneMomentNamesTheThingsItsPageNamesInEnglish(Idea idea) {
        var brief = idea.brief();
        StructuredStory story = story(brief);
        SceneMoments scenes = OfflineIdeaRetellingTest.scenesOf(brief, story);
        Catalogue catalogue = Catalogue.forLanguage(idea.language());

        boolean keyShown = false;
        for (int i = 0; i < story.pages().size(); i++) {
            String page = story.pages().get(i).text();
            var scene = scenes.scenes().get(i);
            String props = String.join(" | ", scene.props()).toLowerCase(Locale.ROOT);
            for (var hit : catalogue.thingsIn(page)) {
                String english = Catalogue.get().thing(hit.id()).noun();
                assertThat(props).as("page %d names %s", i + 1, hit.word()).contains(english);
                keyShown |= hit.id().equals(idea.thing());
            }
            var place = catalogue.placesIn(page).stream().findFirst();
            if (place.isPresent()) {
                assertThat(scene.setting()).as("page %d is set where it says", i + 1)
                        .isEqualTo(Catalogue.get().place(place.get().id()).scene());
            }
            assertThat(scene.setting()).as("the illustrator reads English").isIn(Catalogue.get().places().stream()
                    .map(Catalogue.Place::scene).toList());
        }
        assertThat(keyShown).as("some page names the idea's thing").isTrue();
    }

    /** A rocket has an engine: its book is a launch, never a windy day, in every language. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Ava flies a rocket to the moon|motors|wind,breeze",
            "es|Hugo vuela en un cohete al espacio|motor|viento,brisa",
            "fr|Jules s'envole en fusée vers la lune|moteur|vent,brise",
            "de|Ben fliegt mit einer Rakete ins Weltall|Motor|Wind,Brise"})
    void aRocketIsLaunchedNotCarriedByTheWind(String language, String idea, String engine, String wind) {
        for (long seed = 0; seed < 4; seed++) {
            String text = text(OfflineStoryFixtures.answer(PromptKind.STRUCTURED_STORY,
                    with(bareBrief(), "language", language, "idea", idea), seed, StructuredStory.class));
            assertThat(text).as(text).contains(engine);
            // Nor is the rocket drawn as a train: no page names another vehicle.
            assertThat(Catalogue.forLanguage(language).thingsIn(text)).extracting(Catalogue.Hit::id)
                    .doesNotContain("train", "car", "truck");
            for (String word : wind.split(",")) {
                assertThat(hasWord(text, word)).as(text).isFalse();
            }
        }
    }

    private static boolean hasWord(String text, String word) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + word + "(?![\\p{L}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text).find();
    }
}
