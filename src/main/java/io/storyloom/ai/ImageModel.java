package io.storyloom.ai;

/** An illustrator: turns an image request into the bytes of a real image. */
public interface ImageModel {

    GeneratedImage draw(ImageRequest request);
}
