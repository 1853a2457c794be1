package io.storyloom.generation;

import io.storyloom.narration.Narrations;
import org.springframework.stereotype.Component;

/**
 * Reads every page aloud once its picture is drawn, when narration is on; a page whose recording is
 * already there from an earlier attempt is not read again. A failure fails the book like a picture's
 * would, and Retry continues with the pages still unread.
 */
@Component
class NarrationStep {

    private final Narrations narrations;

    NarrationStep(Narrations narrations) {
        this.narrations = narrations;
    }

    void run(GenerationRun run) {
        narrations.narrateBook(run.storyId(), run::ensureActive);
    }
}
