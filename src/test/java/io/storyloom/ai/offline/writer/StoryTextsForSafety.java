package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;

import io.storyloom.ai.PromptKind;
import io.storyloom.prompt.StructuredStory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the offline writer's book texts (titles, settings, pages; one a line, each once) that the safety
 * head learns as ordinary story text: {@code bench/safety/story-texts}. The classifier reviews every page
 * a writer produces, so the head must see what gentle story sentences look like, not only ideas.
 */
final class StoryTextsForSafety {

    private StoryTextsForSafety() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> texts = new LinkedHashSet<>();
        List<String> interests = List.of("dinosaurs", "puddles", "space rockets", "horses", "baking cakes", "football",
                "painting", "trains");
        List<String> lessons = List.of("patience", "sharing", "courage", "kindness", "honesty");
        for (int child = 0; child < 40; child++) {
            String first = interests.get(child % interests.size());
            String second = interests.get((child + 3) % interests.size());
            for (long seed = 0; seed < 6; seed++) {
                var facts = with(brief(), "child_name", "Kid" + child, "idea", "Kid" + child
                        + " finds a dragon egg in the garden", "lesson", lessons.get(child % lessons.size()),
                        "page_count", 3 + (int) (seed % 6), "interests", List.of(first, second),
                        "interests_text", first + " and " + second);
                add(texts, answer(PromptKind.STRUCTURED_STORY, facts, seed + child * 100, StructuredStory.class));
            }
        }
        OfflineIdeaRetellingTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 4; seed++) {
                add(texts, answer(PromptKind.STRUCTURED_STORY, idea.brief(), seed, StructuredStory.class));
            }
        });
        OfflineIdeaRetellingLanguagesTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 3; seed++) {
                var brief = with(idea.brief(), "interests", List.of("dinosaurs", "painting"), "lesson",
                        List.of("courage", "sharing", "patience").get((int) seed));
                add(texts, answer(PromptKind.STRUCTURED_STORY, brief, seed, StructuredStory.class));
            }
        });
        Path target = Path.of(args.length > 0 ? args[0] : "bench/safety/story-texts.txt");
        Files.write(target, new ArrayList<>(texts), StandardCharsets.UTF_8);
        System.out.printf("%d story texts written to %s%n", texts.size(), target);
    }

    private static void add(Set<String> texts, StructuredStory story) {
        texts.add(oneLine(story.title()));
        texts.add(oneLine(story.meta().setting()));
        story.pages().forEach(page -> texts.add(oneLine(page.text())));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').strip();
    }
}
