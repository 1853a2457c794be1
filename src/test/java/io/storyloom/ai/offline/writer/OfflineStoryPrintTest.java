package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.readAloud;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.story;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints stories to read aloud: the check no assertion can make is whether they are nice to hear. */
class OfflineStoryPrintTest {

    @Test
    void printsStoriesToReadAloud() {
        System.out.println(readAloud(story(brief())));
        System.out.println(readAloud(story(with(brief(), "language", "es", "child_name", "Lucía",
                "pronouns", "ella", "companion", "un perrito llamado Toby", "interests", List.of("los dinosaurios", "pintar"),
                "idea", "buscar un tesoro en el bosque", "lesson", "compartir"))));
    }
}
