package io.storyloom.story;

import java.util.UUID;

/** Published when a story being made is ended from outside its job (cancelled, given up on). */
public record StoryStopped(UUID storyId) {
}
