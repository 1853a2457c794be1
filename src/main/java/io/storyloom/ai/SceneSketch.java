package io.storyloom.ai;

import java.util.List;

/**
 * What a picture shows, as facts rather than prose. Text-to-image models read the prompt instead;
 * the offline illustrator draws from this.
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
        List<CharacterLook> characters,
        String camera) {

    public SceneSketch {
        palette = palette == null ? List.of() : List.copyOf(palette);
        props = props == null ? List.of() : List.copyOf(props);
        characters = characters == null ? List.of() : List.copyOf(characters);
    }
}
