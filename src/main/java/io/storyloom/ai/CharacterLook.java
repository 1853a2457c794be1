package io.storyloom.ai;

/**
 * How one character looks, with colours fixed as {@code #rrggbb} so every picture matches.
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
public record CharacterLook(
        String name,
        String kind,
        String description,
        String hairColor,
        String skinColor,
        String eyeColor,
        String outfitColor,
        String accentColor) {
}
