package io.storyloom.ai;

/**
 * A picture as drawn by an {@link ImageModel}.
 *
 * @param bytes     the encoded image
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param model     the model that drew it
 */
public record GeneratedImage(byte[] bytes, String mediaType, String model) {
}
