package io.storyloom.story;

import java.util.UUID;

/** No story with that id that the caller may see. */
public class StoryNotFoundException extends RuntimeException {

    public StoryNotFoundException(UUID id) {
        super("No story " + id);
    }
}
