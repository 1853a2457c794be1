package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The offline writer's book texts ({@code bench/safety/story-texts.txt}: its pages in English, Spanish,
 * French and German) all pass the in-process review, which reads every page before it is saved: a tuning
 * change that refuses one of them would fail the books that use that sentence.
 */
class OfflineStoryTextsTest {

    @Test
    void everyTextOfTheOfflineWritersBooksPassesTheReview() throws Exception {
        var safety = new ContentSafety(SafetySettings.defaults(), Optional.empty());
        assertThat(safety.awaitReady()).isTrue();
        List<String> texts = Files.readAllLines(Path.of("bench/safety/story-texts.txt"), StandardCharsets.UTF_8);
        assertThat(texts).hasSizeGreaterThan(1000);

        List<String> refused = texts.stream().filter(text -> !safety.review(text).isEmpty()).toList();

        assertThat(refused).isEmpty();
    }
}
