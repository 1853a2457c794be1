package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.rotated;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * Dragon, bird, owl and fairy: the companions with wings. Body in the hair colour, wings and spots in the
 * accent colour, a scarf or dress in the outfit colour. About 100 units tall, feet at the origin.
 */
final class WingedFigures {

    private static final Color BEAK = new Color(0xf5a623);
    private static final Color IVORY = new Color(0xfbf1d8);

    private WingedFigures() {
    }

    static void dragon(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color scales = l.hair();
        boolean flap = s.pose() == Pose.JUMPING || s.pose() == Pose.CHEERING;
        for (int side = -1; side <= 1; side += 2) {
            b.fill(wing(side, flap), l.accent());
        }
        // Tail curling out to the right with spikes.
        Path2D.Double tailLine = new Path2D.Double();
        tailLine.moveTo(10, -12);
        tailLine.curveTo(36, -4, 52, -10, 52, -30);
        b.fill(Shapes.tube(tailLine, 11), scales);
        b.fill(Shapes.polygon(46, -30, 52, -46, 58, -30), l.accent());
        b.fill(oval(0, -28, 50, 56), scales);
        b.tint(oval(0, -24, 30, 40), l.skin());
        for (int i = 0; i < 3; i++) {
            b.pen(new Line2D.Double(-9, -36 + i * 9, 9, -36 + i * 9), Colors.alpha(Colors.darker(l.skin(), 0.3), 0.6), 1);
        }
        for (int side = -1; side <= 1; side += 2) {
            b.fill(oval(side * 14, -3, 18, 10), scales);
            b.fill(rotated(oval(side * 21, -36, 9, 18), side * -30, side * 21, -44), scales);
        }
        // Horns and crest.
        for (int side = -1; side <= 1; side += 2) {
            b.fill(Shapes.polygon(side * 9, -86, side * 16, -104, side * 19, -84), IVORY);
        }
        b.fill(Shapes.polygon(-5, -90, 0, -99, 5, -90), l.accent());
        b.fill(oval(0, -70, 54, 44), scales);
        b.fill(oval(0, -58, 30, 18), l.skin());
        b.dab(oval(-5, -60, 3, 2.2), Colors.darker(l.skin(), 0.5));
        b.dab(oval(5, -60, 3, 2.2), Colors.darker(l.skin(), 0.5));
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(0, -72);
        b.graphics().scale(1.05, 1.05);
        Face.draw(b, l.eyes(), s.mood(), 1.35, -1, 14.5, true);
        b.graphics().setTransform(saved);
        b.fill(new java.awt.geom.RoundRectangle2D.Double(-17, -51, 34, 6, 5, 5), l.outfit());
    }

    /** A bat-like wing with a scalloped lower edge. */
    private static Path2D.Double wing(int side, boolean flap) {
        double lift = flap ? -16 : 0;
        Path2D.Double w = new Path2D.Double();
        w.moveTo(side * 10, -58);
        w.quadTo(side * 30, -92 + lift, side * 52, -88 + lift);
        w.quadTo(side * 50, -70 + lift * 0.5, side * 46, -58 + lift * 0.3);
        w.quadTo(side * 38, -62, side * 34, -50);
        w.quadTo(side * 26, -56, side * 20, -44);
        w.quadTo(side * 15, -50, side * 8, -40);
        w.closePath();
        return w;
    }

    static void bird(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        boolean flying = s.pose() != Pose.SITTING;
        b.fill(Shapes.polygon(-18, -40, -40, -30, -36, -20, -16, -26), Colors.darker(l.hair(), 0.2));
        for (int side = -1; side <= 1; side += 2) {
            if (flying) {
                b.fill(rotated(oval(side * 30, -62, 18, 36), side * 55, side * 22, -50), l.accent());
            }
        }
        b.fill(oval(0, -44, 66, 70), l.hair());
        b.tint(oval(0, -34, 38, 44), l.skin());
        if (!flying) {
            for (int side = -1; side <= 1; side += 2) {
                b.fill(rotated(oval(side * 30, -40, 16, 36), side * -15, side * 30, -40), l.accent());
            }
        }
        // Tuft.
        b.fill(rotated(oval(-3, -84, 7, 16), -20, -3, -78), l.hair());
        b.fill(rotated(oval(4, -84, 7, 14), 20, 4, -78), l.accent());
        face(b, l, s.mood(), 0, -54, 19, 1.15, Double.NaN);
        b.fill(Shapes.polygon(-6, -46, 6, -46, 0, -36), BEAK);
        for (int side = -1; side <= 1; side += 2) {
            b.pen(new Line2D.Double(side * 7, -10, side * 7, 0), BEAK, 2.2);
            b.pen(new Line2D.Double(side * 7, 0, side * 7 + 4, 0), BEAK, 2.2);
        }
        bowTie(b, 0, -28, 8, l);
    }

    static void owl(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color body = l.hair();
        b.fill(Shapes.polygon(-28, -82, -24, -104, -10, -88), body);
        b.fill(Shapes.polygon(28, -82, 24, -104, 10, -88), body);
        b.fill(oval(0, -50, 64, 96), body);
        b.tint(oval(0, -32, 40, 52), l.skin());
        // Feather scallops on the chest.
        Color line = Colors.alpha(Colors.darker(l.skin(), 0.35), 0.6);
        for (int row = 0; row < 3; row++) {
            for (int i = -1; i <= 1; i++) {
                double x = i * 9 + (row % 2) * 4.5 - 2;
                double y = -40 + row * 10;
                b.pen(new java.awt.geom.Arc2D.Double(x - 4, y - 3, 8, 6, 200, 140, java.awt.geom.Arc2D.OPEN), line, 1);
            }
        }
        boolean wave = s.pose() == Pose.WAVING || s.pose() == Pose.CHEERING || s.pose() == Pose.JUMPING;
        b.fill(rotated(oval(-30, -46, 16, 44), 12, -30, -60), l.accent());
        b.fill(rotated(oval(30, -46, 16, 44), wave ? -70 : -12, 30, -64), l.accent());
        // Facial disc around the eyes.
        b.tint(circle(-12, -70, 13), Colors.lighter(body, 0.45));
        b.tint(circle(12, -70, 13), Colors.lighter(body, 0.45));
        face(b, l, s.mood(), 0, -70, 20, 1.65, Double.NaN);
        b.fill(Shapes.polygon(-4, -64, 4, -64, 0, -55), BEAK);
        bowTie(b, 0, -48, 8, l);
        for (int side = -1; side <= 1; side += 2) {
            b.fill(oval(side * 10, -2, 12, 6), BEAK);
        }
    }

    static Hands fairy(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color wing = Colors.alpha(Colors.lighter(l.accent(), 0.35), 0.75);
        for (int side = -1; side <= 1; side += 2) {
            b.fill(rotated(oval(side * 20, -68, 26, 40), side * 35, side * 8, -56), wing);
            b.fill(rotated(oval(side * 16, -44, 18, 26), side * -30, side * 6, -52), wing);
        }
        Hands hands = new ChildFigure(b, l, s.pose() == Pose.SITTING ? Pose.SITTING : Pose.WAVING, s.mood()).draw();
        // A wand with a star in the raised hand.
        AffineTransform t = b.graphics().getTransform();
        Point2D hand;
        try {
            hand = t.inverseTransform(hands.right(), null);
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            return hands;
        }
        b.pen(new Line2D.Double(hand.getX(), hand.getY(), hand.getX() + 6, hand.getY() - 16), new Color(0x8a6a4a), 1.8);
        b.fill(Shapes.star(hand.getX() + 7, hand.getY() - 19, 6.5, 2.8, 5), new Color(0xffd95a));
        return hands;
    }

    /** A bow tie in the outfit colour with an accent knot. */
    static void bowTie(Brush b, double x, double y, double size, Appearance l) {
        b.fill(Shapes.polygon(x, y, x - size * 1.3, y - size * 0.7, x - size * 1.3, y + size * 0.7), l.outfit());
        b.fill(Shapes.polygon(x, y, x + size * 1.3, y - size * 0.7, x + size * 1.3, y + size * 0.7), l.outfit());
        b.fill(circle(x, y, size * 0.4), l.accent());
    }

    private static void face(Brush b, Appearance l, Mood mood, double cx, double cy, double r, double spread,
            double mouth) {
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(cx, cy);
        b.graphics().scale(r / 20.0, r / 20.0);
        Face.draw(b, l.eyes(), mood, spread, 0, mouth, true);
        b.graphics().setTransform(saved);
    }
}
