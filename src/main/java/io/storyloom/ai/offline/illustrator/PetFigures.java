package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.rotated;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Cat, dog, bunny and bear as sitting, front-facing chibi animals: round body, big head, and the ears,
 * tail and muzzle that make each recognisable. Fur is the hair colour, spots and inner ears the accent,
 * and a collar or bandana the outfit colour. About 100 units tall, feet at the origin.
 */
final class PetFigures {

    private static final Color NOSE = new Color(0x4a3030);
    private static final Color PINK = new Color(0xf4a6b4);

    private PetFigures() {
    }

    static void cat(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color fur = l.hair();
        tail(b, fur, l.accent(), 1, s.pose() == Pose.JUMPING ? -30 : 0, false);
        body(b, l, -36, 46, 40);
        collar(b, l, -38, 34);
        for (int side = -1; side <= 1; side += 2) {
            b.fill(Shapes.polygon(side * 24, -70, side * 21, -98, side * 6, -84), fur);
            b.dab(Shapes.polygon(side * 20.5, -74, side * 19.5, -92, side * 10, -84), PINK);
        }
        b.fill(oval(0, -64, 58, 48), fur);
        // Tabby stripes in the accent colour.
        for (int i = -1; i <= 1; i++) {
            b.dab(new RoundRectangle2D.Double(i * 7 - 2, -88, 4, 10, 4, 4), Colors.alpha(l.accent(), 0.8));
        }
        face(s, 0, -62, 22, 1.25);
        b.dab(Shapes.polygon(-3, -56, 3, -56, 0, -53), PINK);
        Color whisker = Colors.alpha(Face.INK, 0.6);
        for (int side = -1; side <= 1; side += 2) {
            b.pen(new Line2D.Double(side * 12, -54, side * 27, -57), whisker, 0.8);
            b.pen(new Line2D.Double(side * 12, -52, side * 27, -50), whisker, 0.8);
        }
        paws(s, fur, 40);
    }

    static void dog(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color fur = l.hair();
        tail(b, fur, l.accent(), 1, s.pose() == Pose.JUMPING || s.mood() == Mood.EXCITED ? -45 : -10, true);
        body(b, l, -36, 50, 42);
        collar(b, l, -37, 38);
        b.fill(oval(0, -64, 60, 50), fur);
        // A patch over one eye in the accent colour.
        b.dab(oval(12, -68, 20, 18), Colors.alpha(l.accent(), 0.85));
        Color ear = Colors.darker(fur, 0.3);
        b.fill(rotated(oval(-30, -66, 16, 34), 18, -30, -80), ear);
        b.fill(rotated(oval(30, -66, 16, 34), -18, 30, -80), ear);
        b.fill(oval(0, -52, 28, 18), l.skin());
        face(s, 0, -66, 22, 1.2);
        b.fill(oval(0, -57, 10, 7), NOSE);
        if (s.mood() == Mood.HAPPY || s.mood() == Mood.EXCITED) {
            b.fill(new RoundRectangle2D.Double(-3.5, -47, 7, 8, 6, 6), new Color(0xf07f8c));
        }
        paws(s, fur, 42);
    }

    static void bunny(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color fur = l.hair();
        b.fill(circle(22, -14, 9), Colors.lighter(fur, 0.7));
        body(b, l, -32, 44, 38);
        collar(b, l, -33, 30);
        double tilt = s.pose() == Pose.JUMPING ? 14 : 6;
        for (int side = -1; side <= 1; side += 2) {
            b.fill(rotated(oval(side * 10, -92, 15, 44), side * tilt, side * 10, -72), fur);
            b.dab(rotated(oval(side * 10, -90, 7, 32), side * tilt, side * 10, -72), Colors.mix(PINK, l.accent(), 0.4));
        }
        b.fill(oval(0, -56, 48, 40), fur);
        face(s, 0, -56, 19, 1.2);
        b.dab(oval(0, -51, 6, 4), PINK);
        b.dab(new RoundRectangle2D.Double(-2.6, -46, 5.2, 4.5, 1.5, 1.5), Color.WHITE);
        paws(s, fur, 38);
    }

    static void bear(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color fur = l.hair();
        body(b, l, -38, 58, 50);
        for (int side = -1; side <= 1; side += 2) {
            b.fill(circle(side * 24, -86, 10), fur);
            b.dab(circle(side * 24, -86, 5), Colors.mix(l.skin(), l.accent(), 0.3));
        }
        b.fill(oval(0, -66, 62, 52), fur);
        b.fill(oval(0, -55, 26, 19), l.skin());
        face(s, 0, -68, 21, 1.3);
        b.fill(oval(0, -59, 11, 7.5), NOSE);
        // A bow tie in the outfit colour.
        b.fill(Shapes.polygon(0, -40, -11, -46, -11, -34), l.outfit());
        b.fill(Shapes.polygon(0, -40, 11, -46, 11, -34), l.outfit());
        b.dab(circle(0, -40, 3.2), l.accent());
        paws(s, fur, 50);
    }

    private static void body(Brush b, Appearance l, double cy, double w, double h) {
        b.fill(oval(0, cy, w, h + 10), l.hair());
        b.tint(oval(0, cy + 4, w * 0.52, h * 0.72), Colors.mix(l.skin(), l.hair(), 0.2));
    }

    private static void face(Sitter s, double cx, double cy, double r, double spread) {
        Brush b = s.brush();
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(cx, cy);
        b.graphics().scale(r / 20.0, r / 20.0);
        Face.draw(b, s.look().eyes(), s.mood(), spread, 0, 13, true);
        b.graphics().setTransform(saved);
    }

    /** A collar in the outfit colour with a tag in the accent colour; drawn before the head overlaps it. */
    private static void collar(Brush b, Appearance l, double y, double width) {
        b.fill(new RoundRectangle2D.Double(-width / 2, y - 3, width, 6.5, 6, 6), l.outfit());
        b.fill(circle(0, y + 6, 3.6), l.accent());
    }

    /** Front paws on the ground, or one raised in a wave. */
    private static void paws(Sitter s, Color fur, double bodyWidth) {
        Brush b = s.brush();
        Color paw = Colors.lighter(fur, 0.15);
        double x = bodyWidth * 0.22;
        b.fill(oval(-x - 8, -4, 14, 9), paw);
        b.fill(oval(x + 8, -4, 14, 9), paw);
        b.fill(oval(-x, -10, 11, 16), paw);
        if (s.pose() == Pose.WAVING || s.pose() == Pose.CHEERING) {
            b.fill(rotated(oval(x + 14, -46, 11, 20), -35, x + 14, -46), paw);
        } else {
            b.fill(oval(x, -10, 11, 16), paw);
        }
    }

    /** A tail curling up from behind the body on the given side. */
    private static void tail(Brush b, Color fur, Color tip, int side, double lift, boolean shortTail) {
        Path2D.Double line = new Path2D.Double();
        if (shortTail) {
            line.moveTo(side * 16, -16);
            line.quadTo(side * 34, -20 + lift * 0.2, side * 34, -36 + lift * 0.4);
        } else {
            line.moveTo(side * 14, -10);
            line.curveTo(side * 44, -8, side * 40, -40 + lift * 0.3, side * 30, -52 + lift * 0.4);
        }
        b.fill(Shapes.tube(line, shortTail ? 10 : 8), fur);
        if (!shortTail) {
            java.awt.geom.Point2D end = line.getCurrentPoint();
            b.dab(circle(end.getX(), end.getY(), 3.6), Colors.alpha(tip, 0.8));
        }
    }
}
