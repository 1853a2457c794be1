package io.storyloom.story;

import java.util.UUID;

/** Published when a person asks for one page's picture to be drawn again; the generator listens. */
public record PageRedrawQueued(UUID storyId, int page, int attempt, String requestedBy) {
}
