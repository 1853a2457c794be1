package io.storyloom.story.pictures;

/** The story exists but the picture asked for does not (yet). */
public class ImageNotFoundException extends RuntimeException {

    public ImageNotFoundException(String message) {
        super(message);
    }
}
