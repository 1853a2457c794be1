package io.storyloom.ai;

/**
 * A picture as drawn by an {@link ImageModel}.
 *
 * @param bytes     the encoded image
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param model     the model that drew it
 * @param unansweredAttempts attempts before this one that got no answer in time: the provider may have drawn,
 *                  and billed, each of them, so they count as spent
 */
public record GeneratedImage(byte[] bytes, String mediaType, String model, int unansweredAttempts) {

    public GeneratedImage(byte[] bytes, String mediaType, String model) {
        this(bytes, mediaType, model, 0);
    }

    /** The same picture, after so many attempts that got no answer in time. */
    public GeneratedImage afterUnanswered(int attempts) {
        return new GeneratedImage(bytes, mediaType, model, attempts);
    }
}
