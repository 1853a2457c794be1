package io.storyloom.ai;

/**
 * One picture to draw.
 *
 * @param purpose        a character reference sheet, a book page or a style preview
 * @param prompt         the full text prompt, for models that draw from text
 * @param offlineSketch  only for the offline illustrator, which cannot read the prompt: the same picture as a
 *                       {@link SceneSketch}; real models ignore it
 * @param width          in pixels
 * @param height         in pixels
 * @param seed           for reproducible pictures
 * @param referenceImage a reference picture of the characters (PNG or JPEG bytes) or {@code null}
 */
public record ImageRequest(
        Purpose purpose,
        String prompt,
        SceneSketch offlineSketch,
        int width,
        int height,
        long seed,
        byte[] referenceImage) {

    public enum Purpose { CHARACTER_REFERENCE, PAGE, STYLE_PREVIEW }
}
