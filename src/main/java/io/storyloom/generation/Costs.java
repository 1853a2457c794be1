package io.storyloom.generation;

import io.storyloom.prompt.Generated;
import io.storyloom.story.StoryContent;
import org.springframework.stereotype.Component;

/** Adds what a step spent at the providers to its story's usage, once the step's output is saved. */
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

    void image(GenerationRun run) {
        content.recordImage(run.storyId());
    }
}
