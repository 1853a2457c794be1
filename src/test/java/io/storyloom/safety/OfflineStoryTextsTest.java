package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The offline writer's book texts ({@code bench/safety/story-texts.txt}: its pages and picture descriptions in English,
 * Spanish, French and German) and the picture prompts composed from those books ({@code picture-prompts.txt}) all pass
 * the in-process review, which reads every page before it is saved and every prompt before it is sent: a tuning change
 * that refuses one of them would fail the books that use that sentence. The cut-off choosers count the same files.
 */
class OfflineStoryTextsTest {

    private static final ContentSafety SAFETY = new ContentSafety(SafetySettings.defaults(), Optional.empty());

    @BeforeAll
    static void load() {
        assertThat(SAFETY.awaitReady()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"bench/safety/story-texts.txt, 4000", "bench/safety/picture-prompts.txt, 1500"})
    void everyTextPassesTheReview(Path file, int atLeast) throws Exception {
        List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(texts).hasSizeGreaterThan(atLeast);

        List<String> refused = texts.stream().filter(text -> !SAFETY.review(text).isEmpty()).toList();

        assertThat(refused).isEmpty();
    }
}
