package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.JSON;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.bareBrief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.complete;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.text;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.violations;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.PromptKind;
import io.storyloom.prompt.StructuredStory;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineStoryStructuredStoryTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void writesExactlyThePagesAskedForNumberedFromOne(int pages) {
        StructuredStory story = story(with(brief(), "page_count", pages));

        assertThat(new OfflineStoryChecks().pagesNumbered(story, pages)).isEmpty();
        assertThat(story.pages()).extracting(StructuredStory.PageText::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, pages).boxed().toList());
        assertThat(story.pages().getLast().text()).as("a happy ending, even on one page").contains("The End.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 12})
    void tellsTheChildsOwnStory(int pages) {
        StructuredStory story = story(with(brief(), "page_count", pages));
        String text = text(story);

        assertThat(text).contains("Mia", "a small blue dragon", "dinosaurs", "shar");
        String companion = text.substring(text.indexOf(", a small blue dragon") - 12, text.indexOf(", a small blue dragon"));
        String[] before = companion.split("\\s");
        String pal = before[before.length - 1];
        assertThat(text.split(pal, -1).length - 1).as("%s appears and helps", pal).isGreaterThanOrEqualTo(2);
        assertThat(story.meta().lesson()).isEqualTo("sharing");
        assertThat(story.meta().setting()).contains("garden");
        assertThat(story.meta().tone()).isNotBlank();
        assertThat(story.title()).contains("Mia").containsIgnoringCase("star");
    }

    @Test
    void usesTheChildsPronouns() {
        assertThat(text(story(with(brief(), "pronouns", "she/her")))).containsPattern("\\b[Ss]he\\b")
                .doesNotContainPattern("\\b[Hh](e|is|im)\\b");
        assertThat(text(story(with(brief(), "pronouns", "he/him")))).containsPattern("\\b[Hh]e\\b")
                .doesNotContainPattern("\\b[Ss]he\\b|\\bher\\b");
        assertThat(text(story(with(brief(), "pronouns", "they/them")))).containsPattern("\\b[Tt]hey\\b")
                .doesNotContainPattern("\\b[Ss]he\\b|\\b[Hh]e\\b");
    }

    @Test
    void usesTheNameWhenThePronounsAreUnknown() {
        String text = text(story(with(brief(), "pronouns", "")));

        assertThat(text).doesNotContainPattern("\\b([Ss]he|[Hh]e|her|his|him)\\b");
        assertThat(text.split("Mia", -1).length - 1).isGreaterThan(5);
    }

    @Test
    void isDeterministicForTheSameFactsAndSeed() {
        assertThat(complete(PromptKind.STRUCTURED_STORY, brief(), 7L).content())
                .isEqualTo(complete(PromptKind.STRUCTURED_STORY, brief(), 7L).content());
    }

    @Test
    void mayVaryThePhrasingWithTheSeed() {
        var stories = LongStream.range(0, 8)
                .mapToObj(seed -> complete(PromptKind.STRUCTURED_STORY, brief(), seed).content())
                .distinct().toList();

        assertThat(stories).hasSizeGreaterThan(1);
    }

    @Test
    void keepsHostileTextAsData() {
        String name = "Mia\"}<script>alert(1)</script>";
        String idea = "a \"quoted\" idea\nwith\r\nnew lines, \\backslashes\\ and {name} braces} " + "la ".repeat(320);
        var facts = with(brief(), "child_name", name, "idea", idea, "companion", "Pip\"}, {\"evil\": true",
                "interests", List.of("</script>", "\"quotes\""));

        String json = complete(PromptKind.STRUCTURED_STORY, facts, 1L).content();
        StructuredStory story = JSON.readValue(json, StructuredStory.class);

        assertThat(violations(story)).isEmpty();
        // The idea is retold, never printed; the name is printed as it is.
        assertThat(text(story)).contains(name).doesNotContain("\"quoted\" idea", "\n\r");
        assertThat(story.title()).contains(name);
        assertThat(JSON.readTree(json).propertyNames()).containsExactlyInAnyOrder("title", "meta", "pages");
    }

    @Test
    void copesWithoutAnyOptionalFact() {
        StructuredStory story = story(bareBrief());

        assertThat(story.pages()).hasSize(6);
        assertThat(story.meta().lesson()).isEqualTo("kindness");
        assertThat(text(story)).contains("Mia").doesNotContain("{", "}", "  ");
    }

    @Test
    void copesWithAMissingNameAgeAndPageCount() {
        var facts = with(bareBrief(), "child_name", "", "child_age", "", "page_count", null, "idea", "");

        StructuredStory story = story(facts);

        assertThat(story.pages()).hasSize(6);
        assertThat(text(story)).doesNotContain("{", "}", "-year-old");
    }

    @Test
    void takesTheSettingFromTheIdea() {
        assertThat(story(with(brief(), "idea", "a day at the beach")).meta().setting()).contains("beach");
        assertThat(story(with(brief(), "idea", "a rocket trip to the moon")).meta().setting()).contains("space");
        assertThat(story(with(brief(), "idea", "a walk in the snow")).meta().setting()).contains("snow");
        assertThat(story(with(brief(), "idea", "something lovely")).meta().setting()).contains("meadow");
    }

    @Test
    void infersAGentleLessonFromTheIdeaWhenNoneIsGiven() {
        assertThat(story(with(brief(), "lesson", "", "idea", "making a new friend at school")).meta().lesson())
                .isEqualTo("friendship");
        assertThat(story(with(brief(), "lesson", "", "idea", "finding a pirate treasure")).meta().lesson())
                .isEqualTo("sharing");
    }

    @Test
    void weavesALessonItDoesNotKnowIntoTheTurnAndKeepsTheParentsWordsAsTheBooksLesson() {
        StructuredStory story = story(with(brief(), "lesson", "It's okay to ask for help."));

        assertThat(story.meta().lesson()).isEqualTo("It's okay to ask for help.");
        assertThat(text(story)).doesNotContainIgnoringCase("it's okay to ask for help")
                .containsAnyOf("together", "help");
    }

    @Test
    void writesShorterSentencesForTheYoungest() {
        assertThat(averageSentenceLength(story(with(brief(), "child_age", 3))))
                .isLessThan(averageSentenceLength(story(with(brief(), "child_age", 7))));
    }

    @Test
    void writesSpanishFrenchAndGerman() {
        // Openings vary from book to book; every book in a language ends with that language's "The End".
        Map<String, String> endings = Map.of("es", "Fin.", "fr", "Fin.", "de", "Ende.");
        endings.forEach((language, ending) -> {
            String text = text(story(with(brief(), "language", language)));
            assertThat(text).as(language).endsWith(ending).doesNotContain("Once upon", "The End", "{", "}");
        });
    }

    @Test
    void fallsBackToEnglishForOtherLanguages() {
        assertThat(text(story(with(brief(), "language", "sw")))).contains("The End.").doesNotContain("Había", "{");
        assertThat(text(story(with(brief(), "language", "es-MX")))).endsWith("Fin.").doesNotContain("The End");
    }

    private static double averageSentenceLength(StructuredStory story) {
        String[] sentences = text(story).split("[.!?”]+\\s+");
        return (double) text(story).length() / sentences.length;
    }
}
