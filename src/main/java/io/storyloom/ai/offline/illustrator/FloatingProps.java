package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Props that fly or are held up: rainbow, butterfly, rocket, balloon, kite, umbrella and lantern. Same
 * 100-unit box as {@link PropPainter}, bottom centre at the origin.
 */
final class FloatingProps {

    private FloatingProps() {
    }

    static void rainbow(Brush b) {
        Color[] bands = {new Color(0xf28b82), new Color(0xfbbc6b), new Color(0xfde68a), new Color(0x9ed49a),
                new Color(0x8ab4f8), new Color(0xc5a3e8)};
        for (int i = 0; i < bands.length; i++) {
            double r = 100 - i * 9;
            b.tint(Shapes.tube(new Arc2D.Double(-r, -r * 0.9, 2 * r, 2 * r, 0, 180, Arc2D.OPEN), 9),
                    Colors.alpha(bands[i], 0.85));
        }
    }

    static void butterfly(Brush b, Color main) {
        for (int side = -1; side <= 1; side += 2) {
            b.fill(Shapes.rotated(oval(side * 22, -62, 40, 46), side * 20, side * 22, -62), main);
            b.fill(Shapes.rotated(oval(side * 18, -30, 28, 30), side * -20, side * 18, -30), Colors.lighter(main, 0.35));
            b.dab(circle(side * 24, -64, 6), Colors.lighter(main, 0.7));
        }
        b.fill(new RoundRectangle2D.Double(-4, -76, 8, 60, 8, 8), Face.INK);
        b.line(new Line2D.Double(-2, -74, -12, -94), Face.INK, 1.5);
        b.line(new Line2D.Double(2, -74, 12, -94), Face.INK, 1.5);
    }

    static void rocket(Brush b, Color main) {
        b.fill(Shapes.polygon(-12, -8, 0, 12, 12, -8), new Color(0xffb84d));
        b.fill(Shapes.polygon(-22, -30, -38, -6, -18, -10), main);
        b.fill(Shapes.polygon(22, -30, 38, -6, 18, -10), main);
        Path2D.Double body = new Path2D.Double();
        body.moveTo(0, -100);
        body.curveTo(26, -80, 26, -30, 20, -10);
        body.lineTo(-20, -10);
        body.curveTo(-26, -30, -26, -80, 0, -100);
        body.closePath();
        b.fill(body, new Color(0xf1f3f8));
        b.fill(circle(0, -58, 10), new Color(0x8ab4f8));
        b.fill(Shapes.polygon(0, -100, 14, -86, -14, -86), main);
    }

    static void balloon(Brush b, Color main) {
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(0, -10);
        shape.curveTo(-44, -40, -40, -100, 0, -100);
        shape.curveTo(40, -100, 44, -40, 0, -10);
        shape.closePath();
        b.fill(shape, main);
        b.fill(Shapes.polygon(0, -11, -6, 0, 6, 0), main);
        b.dab(Shapes.rotated(oval(-14, -72, 10, 20), 25, -14, -72), new Color(255, 255, 255, 130));
    }

    static void kite(Brush b, Color main) {
        b.fill(Shapes.polygon(0, -100, 36, -60, 0, -10, -36, -60), main);
        b.fill(Shapes.polygon(0, -100, 36, -60, 0, -60), Colors.lighter(main, 0.4));
        b.fill(Shapes.polygon(0, -60, -36, -60, 0, -10), Colors.lighter(main, 0.4));
        b.line(new Line2D.Double(0, -100, 0, -10), Colors.darker(main, 0.3), 1.2);
        b.line(new Line2D.Double(-36, -60, 36, -60), Colors.darker(main, 0.3), 1.2);
    }

    static void umbrella(Brush b, Color main) {
        Path2D.Double canopy = new Path2D.Double();
        canopy.moveTo(-50, -50);
        canopy.curveTo(-50, -110, 50, -110, 50, -50);
        for (int i = 0; i < 4; i++) {
            canopy.quadTo(37.5 - i * 25, -62, 25 - i * 25, -50);
        }
        canopy.closePath();
        b.fill(canopy, main);
        b.line(new Line2D.Double(0, -96, 0, -50), Colors.darker(main, 0.2), 1.2);
        b.dab(circle(0, -97, 3), Colors.darker(main, 0.3));
    }

    static void lantern(Brush b, TimeOfDay time) {
        if (time == TimeOfDay.NIGHT || time == TimeOfDay.SUNSET) {
            Sky.glow(b, 0, -45, 70, new Color(255, 220, 130, 140));
        }
        b.line(new Arc2D.Double(-14, -100, 28, 26, 0, 180, Arc2D.OPEN), Face.INK, 1.5);
        b.fill(new RoundRectangle2D.Double(-24, -86, 48, 10, 4, 4), new Color(0x4a5566));
        b.fill(new RoundRectangle2D.Double(-20, -78, 40, 62, 10, 10), new Color(0xffe08a));
        b.fill(new RoundRectangle2D.Double(-24, -18, 48, 10, 4, 4), new Color(0x4a5566));
        b.dab(oval(0, -48, 10, 20), new Color(0xfff6d0));
    }
}
