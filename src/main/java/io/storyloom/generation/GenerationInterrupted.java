package io.storyloom.generation;

import java.util.UUID;

/** Thrown to JobRunr when a run is cut short by shutdown, so the job is retried rather than ended. */
class GenerationInterrupted extends RuntimeException {

    GenerationInterrupted(UUID storyId, Throwable cause) {
        super("Generation of story " + storyId + " interrupted by shutdown; handing it back to the queue", cause);
    }
}
