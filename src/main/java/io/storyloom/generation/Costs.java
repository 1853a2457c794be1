package io.storyloom.generation;

import io.storyloom.prompt.Generated;
import io.storyloom.story.StoryContent;
import org.springframework.stereotype.Component;

/**
 * Adds what a step spent at the providers to its story's usage: text once the step's output is saved, a
 * picture as soon as it is drawn (it is paid for even if storing it fails), which also counts it towards
 * the owner's daily picture budget.
 */
@Component
class Costs {

    private final StoryContent content;

    Costs(StoryContent content) {
        this.content = content;
    }

    void text(GenerationRun run, Generated<?> answer) {
        content.recordTextUsage(run.storyId(), answer.usage().promptTokens(), answer.usage().completionTokens(),
                answer.calls());
    }

    /** @param page {@code null} for the character reference picture */
    void image(GenerationRun run, Integer page, boolean redraw) {
        content.recordImage(run.storyId(), page, redraw);
    }
}
