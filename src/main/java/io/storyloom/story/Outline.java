package io.storyloom.story;

import java.util.List;

/** The generated story before any picture: title, meta and the text of every page. */
public record Outline(String title, StoryMeta meta, List<String> pageTexts) {

    public Outline {
        pageTexts = List.copyOf(pageTexts);
    }
}
