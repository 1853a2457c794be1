package io.storyloom.style;

import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.SceneSketch;
import io.storyloom.ai.offline.illustrator.OfflineIllustrator;
import io.storyloom.story.ArtStyle;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A small picture of each art style, so a parent sees what a style looks like before choosing it.
 * Drawn once per style by the offline illustrator from one friendly scene and kept in memory: the
 * same scene in every style, so the styles are easy to compare.
 */
@Component
class ArtStylePreviews {

    static final int WIDTH = 240;
    static final int HEIGHT = 180;
    private static final long SEED = 20_26L;

    private final OfflineIllustrator illustrator = new OfflineIllustrator(Duration.ZERO);
    private final Map<ArtStyle, Preview> drawn = new ConcurrentHashMap<>();

    /** A drawn preview: PNG bytes and a version that changes whenever the picture does. */
    record Preview(byte[] png, String version) {
    }

    Preview of(ArtStyle style) {
        return drawn.computeIfAbsent(style, this::draw);
    }

    private Preview draw(ArtStyle style) {
        var request = new ImageRequest(ImageRequest.Purpose.STYLE_PREVIEW, "", sketch(style), WIDTH, HEIGHT, SEED, null);
        byte[] png = illustrator.draw(request).bytes();
        return new Preview(png, version(png));
    }

    /** A child and a puppy flying a kite in a sunny meadow: cheerful, and the same in every style. */
    static SceneSketch sketch(ArtStyle style) {
        var child = new SceneSketch.Character("Robin", "child",
                "a cheerful child with curly brown hair and a yellow raincoat",
                "#5b3a29", "#e8b894", "#3b6e8f", "#f2c230", "#d9534f");
        var puppy = new SceneSketch.Character("Pip", "dog", "a small fluffy puppy with floppy ears",
                "#c98b4f", "#c98b4f", "#2b2b2b", "#c98b4f", "#ffffff");
        return new SceneSketch(style.id(), List.of("#f2c230", "#7cc47a", "#8ec9f0", "#f08a5d", "#fdf6e3"),
                "a sunny meadow with wildflowers and a big tree", "morning", "cheerful",
                "Robin flies a red kite while Pip runs alongside", List.of("kite", "flowers"), List.of(child, puppy),
                "medium shot");
    }

    private static String version(byte[] png) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
