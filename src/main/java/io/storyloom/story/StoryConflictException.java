package io.storyloom.story;

/** The story is not in a state that allows what was asked, e.g. retrying a story that has not failed. */
public class StoryConflictException extends RuntimeException {

    public StoryConflictException(String message) {
        super(message);
    }
}
