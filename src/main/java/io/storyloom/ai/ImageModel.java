package io.storyloom.ai;

/** An illustrator: turns an image request into the bytes of a real image. */
public interface ImageModel {

    GeneratedImage draw(ImageRequest request);

    /** The model id calls are made with, for logs and metrics of calls that brought no answer to name it. */
    default String modelId() {
        return "unknown";
    }

    /**
     * The longest prompt, in characters, the model takes: prompts are composed to fit (the least important
     * parts left out first), and an adapter cuts one that still does not.
     */
    default int promptLimit() {
        return Integer.MAX_VALUE;
    }
}
