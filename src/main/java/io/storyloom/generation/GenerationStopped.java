package io.storyloom.generation;

import java.util.UUID;

/** The story was deleted or ended (cancelled, failed) while its job ran: stop quietly. */
class GenerationStopped extends RuntimeException {

    GenerationStopped(UUID storyId) {
        super("Story " + storyId + " no longer wants work", null, false, false);
    }
}
