package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.bareBrief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.storyFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.text;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.VisualProfile;
import io.storyloom.prompt.StructuredStory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spanish, French and German books without a companion: the child goes alone, nobody is invented on
 * the way, and the turn still carries the lesson, for every setting, lesson and length.
 */
class OfflineStoryAloneTest {

    /** Ideas in each language reaching every setting the banks know. */
    private static final Map<String, List<String>> IDEAS = Map.of(
            "es", List.of("encontrar una estrella perdida en el jardín", "un picnic en la playa",
                    "un viaje al espacio en un cohete", "un castillo con una corona dorada", "un día de nieve",
                    "una visita a la granja", "un paseo por el bosque", "el primer día de escuela",
                    "buscar un tesoro en el fondo del mar", "una cometa en el prado"),
            "fr", List.of("trouver une étoile perdue dans le jardin", "un pique-nique à la plage",
                    "un voyage dans l'espace en fusée", "un château avec une couronne dorée", "une journée de neige",
                    "une visite à la ferme", "une promenade dans la forêt", "le premier jour d'école",
                    "chercher un trésor au fond de la mer", "un cerf-volant dans le pré"),
            "de", List.of("einen verlorenen Stern im Garten finden", "ein Picknick am Strand",
                    "eine Reise ins Weltall mit einer Rakete", "ein Schloss mit einer goldenen Krone",
                    "ein Tag im Schnee", "ein Besuch auf dem Bauernhof", "ein Spaziergang im Wald",
                    "der erste Schultag", "einen Schatz auf dem Meeresgrund suchen", "ein Drachen auf der Wiese"));
    private static final List<String> LESSONS = List.of("kindness", "sharing", "courage", "patience", "teamwork",
            "honesty", "perseverance", "friendship", "gratitude", "listening to grandma");

    static Stream<Arguments> books() {
        return Stream.of("es", "fr", "de").flatMap(language -> {
            List<String> ideas = IDEAS.get(language);
            return java.util.stream.IntStream.range(0, 12).mapToObj(i -> Arguments.of(language,
                    ideas.get(i % ideas.size()), LESSONS.get(i % LESSONS.size()), i + 1,
                    List.of("she/her", "he/him", "they/them").get(i % 3)));
        });
    }

    @ParameterizedTest(name = "{0} {3} pages: {1}, {2}")
    @MethodSource("books")
    void inventsNoCompanionAndStillTurnsOnTheLesson(String language, String idea, String lesson, int pages,
            String pronouns) {
        var brief = with(bareBrief(), "language", language, "idea", idea, "lesson", lesson, "page_count", pages,
                "pronouns", pronouns, "interests", List.of("dinosaurs"));
        StructuredStory story = story(brief);
        String text = text(story);
        Premise premise = Premise.of(BookFacts.from(brief), Lexicon.get());
        PhraseBank bank = PhraseBank.forLanguage(language);

        assertThat(premise.hasCompanion()).isFalse();
        assertThat(text).as("the friend the setting used to offer").doesNotContain(premise.palName())
                .doesNotContain(helperWords(bank, premise)).doesNotContain("{").doesNotContain("}");
        assertThat(story.pages()).hasSize(pages).allSatisfy(page -> assertThat(page.text()).isNotBlank());
        String kid = bank.pronouns().get(pronouns.split("/")[0]).get("kid");
        assertThat(text).as("the child's own words").contains(kid);
        if (pages > 1) {
            // The book retells the idea; its turn comes from the retelling bank of its language.
            RetellingBank retelling = RetellingBank.forLanguage(language);
            String turn = Lexicon.CUSTOM_LESSON.equals(premise.lesson())
                    ? retelling.lessonIn(premise.lessonText()).orElse(Lexicon.CUSTOM_LESSON) : premise.lesson();
            assertThat(retelling.lessons().get(turn).stream().filter(h -> !h.contains("{Pal}")
                    && !h.contains("{pal}")).map(OfflineStoryAloneTest::longestFixedPart))
                    .as("the lesson's turn, told without a friend").anyMatch(text::contains);
        }
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, storyFacts(brief, story), 42L, VisualProfile.class);
        assertThat(profile.characters()).as("only the child").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de"})
    void keepsTheParentsCompanion(String language) {
        var brief = with(bareBrief(), "language", language, "companion", "Pip", "idea", IDEAS.get(language).getFirst());
        String text = text(story(brief));

        assertThat(text).contains("Pip");
    }

    /** The place and the thing the idea names, among the settings and things the banks know. */
    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "es|encontrar una estrella perdida en el jardín|jardín|estrell",
            "es|buscar un tesoro en la playa|playa|tesoro",
            "es|una corona dorada en el castillo|castillo|corona",
            "fr|trouver une étoile perdue dans le jardin|jardin|étoile",
            "fr|chercher un trésor à la plage|plage|trésor",
            "fr|une couronne dorée au château|château|couronne",
            "de|einen verlorenen Stern im Garten finden|Garten|Stern",
            "de|einen Schatz am Strand suchen|Strand|Schatz",
            "de|eine goldene Krone im Schloss|Schloss|Krone"})
    void tellsTheIdeasPlaceAndThingInItsOwnWords(String language, String idea, String place, String thing) {
        String text = text(story(with(bareBrief(), "language", language, "idea", idea)));

        assertThat(text).contains(place).contains(thing).doesNotContain(idea);
    }

    /** "un petirrojo muy simpático": the helper's words before its name. */
    private static String helperWords(PhraseBank bank, Premise premise) {
        String helper = bank.setting(premise.setting()).helper();
        return helper.substring(0, helper.indexOf('{')).replaceAll("\\s+\\S+\\s*$", "").strip();
    }

    private static String longestFixedPart(String template) {
        return Arrays.stream(template.split("\\{[^}]+}")).map(String::strip)
                .max(Comparator.comparingInt(String::length)).orElse("");
    }
}
