package io.storyloom.ai.offline.illustrator;

import java.util.Locale;

/**
 * The ways the offline illustrator can paint. Any art style id maps onto one, also a model's spelling
 * such as "Watercolour"; unknown ids fall back to {@link #STORYBOOK}.
 */
enum PaintStyle {
    STORYBOOK,
    WATERCOLOR,
    CRAYON,
    PAPER_CUT,
    PENCIL,
    PIXEL,
    CARTOON;

    static PaintStyle fromId(String id) {
        if (id == null) {
            return STORYBOOK;
        }
        String key = id.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        for (PaintStyle style : values()) {
            if (style.name().toLowerCase(Locale.ROOT).equals(key)) {
                return style;
            }
        }
        // Near-miss ids a language model or an older client might send.
        if (key.contains("water")) {
            return WATERCOLOR;
        }
        if (key.contains("crayon") || key.contains("wax")) {
            return CRAYON;
        }
        if (key.contains("paper") || key.contains("collage") || key.contains("cut")) {
            return PAPER_CUT;
        }
        if (key.contains("pencil") || key.contains("sketch")) {
            return PENCIL;
        }
        if (key.contains("pixel") || key.contains("8_bit") || key.contains("retro")) {
            return PIXEL;
        }
        if (key.contains("cartoon") || key.contains("comic")) {
            return CARTOON;
        }
        return STORYBOOK;
    }

    /** The colour of the empty page, which some styles let show through. */
    java.awt.Color paper() {
        return switch (this) {
            case PENCIL -> new java.awt.Color(0xfbf6ea);
            case WATERCOLOR, CRAYON -> new java.awt.Color(0xfdf9f0);
            default -> java.awt.Color.WHITE;
        };
    }
}
