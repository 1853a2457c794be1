package io.storyloom.ai.offline.illustrator;

import io.storyloom.ai.SceneSketch;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A character reference sheet: every character standing front-on, side by side, on a plain soft
 * background, so an image model (or a person) can see exactly how each one looks.
 */
final class CharacterSheet {

    private final SceneSketch sketch;

    CharacterSheet(SceneSketch sketch) {
        this.sketch = sketch;
    }

    void paint(Brush b, double width, double height) {
        SceneTints tints = SceneTints.of(sketch.palette(), TimeOfDay.DAY, Mood.CALM, false);
        Color base = tints.palette().isEmpty() ? new Color(0xfdf3e3)
                : Colors.mix(tints.palette().get(0), Color.WHITE, 0.82);
        b.gradient(new Rectangle2D.Double(0, 0, width, height), Colors.lighter(base, 0.5), base);

        List<Appearance> looks = Appearance.castOf(sketch);
        if (looks.isEmpty()) {
            looks.add(Appearance.defaultChild());
        }
        // Everyone at their true size next to the child, as large as the page allows.
        double share = 0;
        double tallest = 0;
        for (Appearance look : looks) {
            share += look.species().width() + 0.18;
            tallest = Math.max(tallest, look.species().height() * 1.08 + (look.species().floats() ? 0.35 : 0));
        }
        double childPx = Math.min(width * 0.94 / share, height * 0.8 / tallest);
        double floor = Math.min(height * 0.92, height / 2 + childPx * tallest / 2);
        b.dab(new Rectangle2D.Double(0, floor, width, height - floor), Colors.alpha(Colors.darker(base, 0.1), 0.5));
        double x = (width - (share - 0.18) * childPx) / 2;
        for (Appearance look : looks) {
            double w = look.species().width() * childPx;
            double cx = x + w / 2;
            b.dab(new Ellipse2D.Double(cx - w * 0.6, floor - w * 0.08, w * 1.2, w * 0.16),
                    Colors.alpha(Colors.darker(base, 0.2), 0.35));
            CharacterPainter.paint(b, look, Pose.STANDING, Mood.HAPPY, cx, floor, childPx, false, 0);
            x += w + 0.18 * childPx;
        }
    }
}
