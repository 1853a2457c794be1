package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.util.Locale;

/**
 * One prop to draw: what it is, its colour (the one its name says, "a red ball", else the catalogue's),
 * how big it is next to the child and where the page puts it.
 *
 * @param id      the catalogue id, or the {@link Prop} name for a prop known only by its old keywords
 * @param species for a creature ({@link Prop#ANIMAL}), what it is; else {@code null}
 * @param color   the named colour, or {@code null} to take one from the palette
 * @param size    its height next to the child's
 */
record PropItem(String id, Prop kind, Species species, Color color, double size, Spot spot) {

    /** Where a prop goes on the page. */
    enum Spot { GROUND, FLAT, SKY, HELD, TREE, BIG }

    private static final double BIG = 0.7;

    /** The prop a name describes, or {@code null} for a name that names nothing we can draw. */
    static PropItem of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Color named = Colors.named(name);
        var match = Drawables.get().thingOf(name.replaceAll("(?i)\\b(up in a tree|in the sky|in hand)\\b", " "));
        if (match.isPresent()) {
            var thing = match.get().thing();
            String shape = thing.shape();
            Species species = shape.startsWith("ANIMAL:") ? Species.fromKind(shape.substring(7)) : null;
            Prop prop = species != null ? Prop.ANIMAL : Prop.valueOf(shape);
            Color color = named != null ? named : Colors.parse(thing.colour(), null);
            return new PropItem(match.get().id(), prop, species, color, thing.size(),
                    spot(lower, thing.where(), thing.size()));
        }
        Prop prop = Prop.from(name);
        if (prop == Prop.GIFT && !Keywords.of(name).has("gift", "present", "parcel")) {
            return null;
        }
        return new PropItem(prop.name().toLowerCase(Locale.ROOT), prop, null, named, 0.3,
                spot(lower, prop.held() ? "held" : prop.place() == Prop.Place.SKY ? "sky"
                        : prop.place() == Prop.Place.FLAT ? "flat" : "ground", 0.3));
    }

    /** The page's words first ("up in a tree"), then where the thing usually is. */
    private static Spot spot(String lower, String where, double size) {
        if (lower.contains("up in a tree")) {
            return Spot.TREE;
        }
        if (lower.contains("in the sky")) {
            return Spot.SKY;
        }
        if (lower.contains("in hand") && size < BIG) {
            return Spot.HELD;
        }
        return switch (where) {
            case "sky" -> Spot.SKY;
            case "held" -> Spot.HELD;
            case "flat" -> Spot.FLAT;
            default -> size >= BIG ? Spot.BIG : Spot.GROUND;
        };
    }

    boolean held() {
        return spot == Spot.HELD;
    }
}
