package io.storyloom.ai.offline.writer;

import io.storyloom.prompt.SceneMoments;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.design.VisualProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The checks StoryPromptService makes beyond Bean Validation (private there), restated for the tests. */
final class OfflineStoryChecks {

    List<String> pagesNumbered(StructuredStory story, int expected) {
        var violations = new ArrayList<String>();
        if (story.pages().size() != expected) {
            violations.add("pages: must have exactly " + expected);
        }
        IntStream.range(0, story.pages().size()).filter(i -> story.pages().get(i).number() != i + 1)
                .forEach(i -> violations.add("pages[" + i + "].number"));
        return violations;
    }

    List<String> heroFirst(VisualProfile profile, String childName) {
        var hero = profile.characters().getFirst();
        return hero.name().equalsIgnoreCase(childName) && "child".equalsIgnoreCase(hero.kind())
                ? List.of() : List.of("characters[0]: must be " + childName);
    }

    List<String> scenesCover(SceneMoments moments, int pages) {
        var violations = new ArrayList<String>();
        if (moments.scenes().size() != pages) {
            violations.add("scenes: must have " + pages);
        }
        IntStream.range(0, moments.scenes().size()).filter(i -> moments.scenes().get(i).page() != i + 1)
                .forEach(i -> violations.add("scenes[" + i + "].page"));
        return violations;
    }
}
