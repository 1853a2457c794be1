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
 * @param tenant         whom the picture is for, as an opaque key (the generator uses the account): the
 *                       provider's rate limit is shared fairly between tenants; {@code null} for the
 *                       shared tenant
 * @param referenceKey   where the reference picture is stored, so a provider can be sent a short-lived link to it
 *                       rather than the bytes; {@code null} when it is not stored (or there is none)
 */
public record ImageRequest(
        Purpose purpose,
        String prompt,
        SceneSketch offlineSketch,
        int width,
        int height,
        long seed,
        byte[] referenceImage,
        String tenant,
        String referenceKey) {

    /** A picture whose reference is not stored where a link can point. */
    public ImageRequest(Purpose purpose, String prompt, SceneSketch sketch, int width, int height, long seed,
            byte[] referenceImage, String tenant) {
        this(purpose, prompt, sketch, width, height, seed, referenceImage, tenant, null);
    }

    /** A picture for no one in particular. */
    public ImageRequest(Purpose purpose, String prompt, SceneSketch sketch, int width, int height, long seed,
            byte[] referenceImage) {
        this(purpose, prompt, sketch, width, height, seed, referenceImage, null, null);
    }

    public enum Purpose { CHARACTER_REFERENCE, PAGE, STYLE_PREVIEW }
}
