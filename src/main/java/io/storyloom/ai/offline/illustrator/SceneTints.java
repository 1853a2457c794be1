package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Colours for the landscape: a base colour nudged towards the book's palette, then lit for the time of
 * day and graded for the mood. Characters never go through here, so they keep their exact colours.
 */
record SceneTints(List<Color> palette, TimeOfDay time, Mood mood, double lightScale) {

    SceneTints {
        palette = List.copyOf(palette);
    }

    /**
     * @param indoor rooms are lamp-lit, so night and sunset tint them only half as much
     */
    static SceneTints of(List<String> hexes, TimeOfDay time, Mood mood, boolean indoor) {
        List<Color> colors = new ArrayList<>();
        for (String hex : hexes) {
            Color c = Colors.parse(hex, null);
            if (c != null) {
                colors.add(c);
            }
        }
        return new SceneTints(colors, time, mood, indoor ? 0.45 : 1.0);
    }

    /** A landscape colour with a touch of palette slot {@code slot}. */
    Color land(Color base, int slot) {
        Color c = palette.isEmpty() ? base : Colors.mix(base, palette.get(Math.floorMod(slot, palette.size())), 0.18);
        return lit(c);
    }

    /** A decoration colour (flower, house, flag) taken from the palette when there is one. */
    Color pick(int slot, Color fallback) {
        return lit(palette.isEmpty() ? fallback : palette.get(Math.floorMod(slot, palette.size())));
    }

    /** A colour lit for the time of day and mood, without palette. */
    Color lit(Color c) {
        return mood.grade(time.light(c, lightScale));
    }

    /** Sky colours get the mood but keep their own time-of-day hues. */
    Color sky(Color c) {
        Color p = palette.isEmpty() ? c : Colors.mix(c, palette.get(0), 0.08);
        return mood.grade(p);
    }
}
