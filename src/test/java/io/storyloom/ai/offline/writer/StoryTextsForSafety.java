package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.brief;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.with;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the offline writer's book texts (titles, settings, pages, and each page's picture described: the scene
 * moment's description and action; one a line, each once) that the safety review's models learn as ordinary story
 * text: {@code bench/safety/story-texts}. The review reads every page and every picture description a writer
 * produces, so they must see what gentle story sentences look like, short ones too ("Kid5 looks happy."), not only
 * ideas. Beside them it writes the picture prompts composed from those books ({@code picture-prompts.txt}: the reference
 * sheet's and each page's), which the cut-off choosers count as book texts that must pass but no model learns: each
 * repeats the same looks and style, thousands of near-identical sentences that would outweigh the ideas.
 */
final class StoryTextsForSafety {

    private StoryTextsForSafety() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> texts = new LinkedHashSet<>();
        Set<String> prompts = new LinkedHashSet<>();
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
                add(texts, prompts, facts, seed + child * 100);
            }
        }
        OfflineIdeaRetellingTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 4; seed++) {
                add(texts, prompts, idea.brief(), seed);
            }
        });
        OfflineIdeaRetellingLanguagesTest.ideas().forEach(idea -> {
            for (long seed = 0; seed < 3; seed++) {
                var brief = with(idea.brief(), "interests", List.of("dinosaurs", "painting"), "lesson",
                        List.of("courage", "sharing", "patience").get((int) seed));
                add(texts, prompts, brief, seed);
            }
        });
        Path target = Path.of(args.length > 0 ? args[0] : "bench/safety/story-texts.txt");
        Files.write(target, new ArrayList<>(texts), StandardCharsets.UTF_8);
        System.out.printf("%d story texts written to %s%n", texts.size(), target);
        Path promptsTarget = target.resolveSibling("picture-prompts.txt");
        Files.write(promptsTarget, new ArrayList<>(prompts), StandardCharsets.UTF_8);
        System.out.printf("%d picture prompts written to %s%n", prompts.size(), promptsTarget);
    }

    /**
     * A book's texts as the review reads them: the story's, then each picture's description and action; and the picture
     * prompts composed from them.
     */
    private static void add(Set<String> texts, Set<String> prompts, Map<String, Object> brief, long seed) {
        OfflineBook book = OfflineBook.write(brief, seed);
        texts.add(oneLine(book.story().title()));
        texts.add(oneLine(book.story().meta().setting()));
        book.story().pages().forEach(page -> texts.add(oneLine(page.text())));
        book.scenes().scenes().forEach(scene -> {
            texts.add(oneLine(scene.description()));
            texts.add(oneLine(scene.action()));
        });
        book.picturePrompts().forEach(prompt -> prompts.add(oneLine(prompt)));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').strip();
    }
}
