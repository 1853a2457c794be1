package io.storyloom.story;

import java.util.UUID;

/** Published when a story needs its generation run, first or again; the generator listens. */
public record StoryQueued(UUID storyId, int attempt) {
}
