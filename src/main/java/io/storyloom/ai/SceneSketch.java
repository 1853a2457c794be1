package io.storyloom.ai;

import java.util.List;

/**
 * What a picture shows, as facts rather than prose, for the offline illustrator, which cannot read a
 * prompt. Text-to-image models read the prompt instead and never look at a sketch.
 *
 * @param artStyle   an art style id such as {@code watercolor} or {@code crayon}
 * @param palette    the book's colours as {@code #rrggbb}
 * @param setting    where the scene takes place, e.g. "a garden with tall sunflowers"
 * @param timeOfDay  e.g. "morning", "sunset", "night"
 * @param mood       e.g. "cheerful", "calm", "curious"
 * @param action     what happens in this moment
 * @param props      notable objects in the picture
 * @param characters who is in the picture and how they look
 * @param camera     e.g. "wide shot", "close-up"
 */
public record SceneSketch(
        String artStyle,
        List<String> palette,
        String setting,
        String timeOfDay,
        String mood,
        String action,
        List<String> props,
        List<Character> characters,
        String camera) {

    public SceneSketch {
        palette = withoutNulls(palette);
        props = withoutNulls(props);
        characters = withoutNulls(characters);
    }

    /**
     * One character in the picture, with colours fixed as {@code #rrggbb} so every picture matches.
     *
     * @param name        the character's name
     * @param kind        "child" for the hero, otherwise what the companion is: "dragon", "cat", "robot", …
     * @param description the look in words
     * @param hairColor   hair, fur or body colour
     * @param skinColor   skin or scales
     * @param eyeColor    eyes
     * @param outfitColor main clothing colour (or body colour for a companion without clothes)
     * @param accentColor a second colour: boots, scarf, wings, spots
     */
    public record Character(
            String name,
            String kind,
            String description,
            String hairColor,
            String skinColor,
            String eyeColor,
            String outfitColor,
            String accentColor) {
    }

    // Model answers can hold null entries; a picture should still be drawn from the rest.
    private static <T> List<T> withoutNulls(List<T> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).toList();
    }
}
