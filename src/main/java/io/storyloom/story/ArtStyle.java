package io.storyloom.story;

import com.fasterxml.jackson.annotation.JsonValue;

/** The art styles a book can be drawn in. The id is what the API and the illustrators speak. */
public enum ArtStyle {
    WATERCOLOR("watercolor", "Watercolour", "soft watercolour washes with gentle bleeding edges on textured paper"),
    STORYBOOK("storybook", "Classic storybook", "classic gouache picture-book painting with fine dark outlines"),
    CRAYON("crayon", "Crayon", "waxy crayon strokes with visible texture, like a child's favourite drawing"),
    PAPER_CUT("paper_cut", "Paper cut-out", "layered cut-paper collage with flat shapes and soft drop shadows"),
    PENCIL("pencil", "Coloured pencil", "coloured-pencil drawing with light hatching on cream paper"),
    CARTOON("cartoon", "Bright cartoon", "bright flat cartoon colours with bold clean outlines"),
    PIXEL("pixel", "Pixel art", "cheerful retro pixel art with a limited palette");

    private final String id;
    private final String label;
    private final String description;

    ArtStyle(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** How the style looks, in words an illustrator (or an image model) understands. */
    public String description() {
        return description;
    }

    public static ArtStyle fromId(String id) {
        for (ArtStyle style : values()) {
            if (style.id.equals(id)) {
                return style;
            }
        }
        throw new IllegalArgumentException("Unknown art style: " + id);
    }
}
