package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.prompt.StructuredStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a parent hears when the book is read aloud: whole sentences with the child's name, nothing of the
 * templates showing through. Whether it is nice to hear is for a person; {@code readAloud} prints it.
 */
class OfflineStoryReadAloudTest {

    @Test
    void readsAloudAsWholeSentencesInEnglish() {
        assertReadsAloud(story(brief()), "Mia");
    }

    @Test
    void readsAloudAsWholeSentencesInSpanish() {
        assertReadsAloud(story(with(brief(), "language", "es", "child_name", "Lucía",
                "pronouns", "ella", "companion", "un perrito llamado Toby", "interests", List.of("los dinosaurios", "pintar"),
                "idea", "buscar un tesoro en el bosque", "lesson", "compartir")), "Lucía");
    }

    private static void assertReadsAloud(StructuredStory story, String child) {
        assertThat(story.title()).isNotBlank();
        assertThat(story.pages()).isNotEmpty().allSatisfy(page -> assertThat(page.text())
                .isNotBlank()
                .doesNotContain("{", "}", "null", "  ", " ,", " .")
                .matches("(?s)[\\p{Lu}¡¿—«“\"].*[.!?…»”\"]$"));
        assertThat(story.pages().stream().map(StructuredStory.PageText::text).toList())
                .anySatisfy(text -> assertThat(text).contains(child));
    }
}
