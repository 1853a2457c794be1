package io.storyloom.story;

/** What the generated story is about: where it happens, how it feels, what it teaches. */
public record StoryMeta(String setting, String tone, String lesson) {
}
