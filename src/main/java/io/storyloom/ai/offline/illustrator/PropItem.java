package io.storyloom.ai.offline.illustrator;

import java.awt.Color;

/**
 * One prop to draw: what it is and, when its name says so ("a red ball"), its colour.
 *
 * @param color the named colour, or {@code null} to take one from the palette
 */
record PropItem(Prop kind, Color color) {

    static PropItem of(String name) {
        return new PropItem(Prop.from(name), Colors.named(name));
    }
}
