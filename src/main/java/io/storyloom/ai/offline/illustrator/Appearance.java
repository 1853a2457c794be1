package io.storyloom.ai.offline.illustrator;

import io.storyloom.ai.SceneSketch;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A character's resolved appearance: its species, five safe colours, and for people a hair style and
 * whether they wear glasses. Depends only on the sketch's {@link SceneSketch.Character}, never on the
 * page, so the character looks the same in every picture.
 */
record Appearance(Species species, Color hair, Color skin, Color eyes, Color outfit, Color accent, Hairdo hairdo,
        boolean glasses) {

    private static final int MAX_CAST = 6;
    private static final int[] SKIN_TONES = {0xf6d2b6, 0xe9b892, 0xc98d64, 0x9c6644, 0xf3c9a5};
    private static final int[] OUTFITS = {0x5b8def, 0xef6f6c, 0x6cc08b, 0xf2b84b, 0xa77fe0};
    private static final int[] ACCENTS = {0xf2b84b, 0x5b8def, 0xef6f6c, 0x6cc08b, 0xff9ec4};

    /** The sketch's characters in order, at most six: a picture has no room for a crowd. */
    static List<Appearance> castOf(SceneSketch sketch) {
        return new ArrayList<>(sketch.characters().stream().limit(MAX_CAST).map(Appearance::of).toList());
    }

    /** A child with the fixed fallback palette, used when a picture has no characters at all. */
    static Appearance defaultChild() {
        return of(new SceneSketch.Character("Hero", "child", null, null, null, null, null, null));
    }

    static Appearance of(SceneSketch.Character c) {
        Species species = Species.fromKind(c.kind());
        int variant = Math.floorMod((safe(c.name()) + "|" + safe(c.kind()).toLowerCase()).hashCode(), 1 << 16);
        int pick = variant % 5;
        boolean human = species.isHuman() || species == Species.FAIRY;
        Color hair = Colors.parse(c.hairColor(), human ? new Color(0x6b4a34) : species.defaultBody());
        Color skin = Colors.parse(c.skinColor(), human ? new Color(SKIN_TONES[pick])
                : Colors.lighter(hair, 0.55));
        Color eyes = Colors.parse(c.eyeColor(), new Color(0x3d2b22));
        Color outfit = Colors.parse(c.outfitColor(), new Color(OUTFITS[pick]));
        Color accent = Colors.parse(c.accentColor(), new Color(ACCENTS[(pick + 2) % 5]));
        Keywords description = Keywords.of(c.description());
        return new Appearance(species, hair, skin, eyes, outfit, accent, Hairdo.from(description, variant),
                description.has("glasses", "spectacles", "specs"));
    }

    private static String safe(String s) {
        return s == null ? "" : s;
    }
}
