package io.storyloom.generation;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.ProviderException;
import io.storyloom.prompt.Generated;
import io.storyloom.prompt.SpentOnFailure;
import io.storyloom.story.StoryContent;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Adds what a step spent at the providers to its story's usage: text once the step's output is saved, a
 * picture as soon as it is drawn (it is paid for even if storing it fails), which also counts it towards
 * the owner's daily picture budget. What a failed question or picture spent counts too: the tokens of
 * answers that failed validation, and picture attempts that got no answer in time (the provider may have
 * drawn, and billed, them).
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

    /** Asks a question, counting what its answers cost if it fails after some came. */
    <T> Generated<T> asking(GenerationRun run, Supplier<Generated<T>> question) {
        try {
            return question.get();
        } catch (SpentOnFailure e) {
            content.recordTextUsage(run.storyId(), e.usage().promptTokens(), e.usage().completionTokens(), e.calls());
            throw e;
        }
    }

    /**
     * Draws a picture, counting it and every attempt that got no answer in time, also when the call fails.
     *
     * @param page {@code null} for the character reference picture
     */
    GeneratedImage drawing(GenerationRun run, Integer page, boolean redraw, ImageModel images, ImageRequest request) {
        GeneratedImage image;
        try {
            image = images.draw(request);
        } catch (ProviderException e) {
            images(run, page, redraw, e.unansweredAttempts());
            throw e;
        }
        images(run, page, redraw, 1 + image.unansweredAttempts());
        return image;
    }

    private void images(GenerationRun run, Integer page, boolean redraw, int count) {
        for (int i = 0; i < count; i++) {
            content.recordImage(run.storyId(), page, redraw);
        }
    }
}
