package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.rotated;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The robot and the friendly blob creature that stands in for every kind we do not know.
 * About 100 units tall, feet at the origin.
 */
final class OddFigures {

    private OddFigures() {
    }

    static void robot(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color metal = l.hair();
        Color joint = Colors.darker(metal, 0.3);
        boolean armsUp = s.pose() == Pose.WAVING || s.pose() == Pose.CHEERING || s.pose() == Pose.JUMPING;
        for (int side = -1; side <= 1; side += 2) {
            b.fill(new RoundRectangle2D.Double(side * 10 - 6, -22, 12, 16, 4, 4), joint);
            b.fill(new RoundRectangle2D.Double(side * 10 - 10, -8, 20, 8, 6, 6), Colors.darker(metal, 0.15));
            double angle = armsUp && (side == 1 || s.pose() == Pose.CHEERING) ? -side * 140 : -side * 12;
            java.awt.Shape arm = rotated(new RoundRectangle2D.Double(side * 27 - 4, -52, 8, 26, 6, 6),
                    angle, side * 27, -50);
            b.fill(arm, joint);
            java.awt.geom.Point2D hand = AffineTransform.getRotateInstance(Math.toRadians(angle), side * 27, -50)
                    .transform(new java.awt.geom.Point2D.Double(side * 27, -24), null);
            b.fill(circle(hand.getX(), hand.getY(), 5.5), l.accent());
        }
        b.fill(new RoundRectangle2D.Double(-24, -56, 48, 38, 10, 10), metal);
        b.fill(new RoundRectangle2D.Double(-14, -50, 28, 20, 6, 6), l.outfit());
        for (int i = -1; i <= 1; i++) {
            b.dab(circle(i * 7, -40, 2.6), i == 0 ? l.accent() : Colors.lighter(l.outfit(), 0.6));
        }
        b.fill(new RoundRectangle2D.Double(-6, -62, 12, 8, 3, 3), joint);
        // Antenna.
        b.pen(new Line2D.Double(0, -92, 0, -103), joint, 2);
        b.fill(circle(0, -105, 4.5), l.accent());
        for (int side = -1; side <= 1; side += 2) {
            b.fill(new RoundRectangle2D.Double(side * 25 - 4, -84, 8, 14, 4, 4), l.accent());
        }
        b.fill(new RoundRectangle2D.Double(-24, -94, 48, 36, 12, 12), metal);
        b.fill(new RoundRectangle2D.Double(-18, -89, 36, 26, 9, 9), new Color(0x2c3448));
        // Glowing screen face in the eye colour.
        Color glow = Colors.lighter(l.eyes(), 0.35);
        boolean sleepy = s.mood() == Mood.SLEEPY;
        for (int side = -1; side <= 1; side += 2) {
            if (sleepy) {
                b.pen(new Line2D.Double(side * 8 - 3.5, -79, side * 8 + 3.5, -79), glow, 1.6);
            } else {
                b.dab(new RoundRectangle2D.Double(side * 8 - 3.5, -83, 7, 8, 3, 3), glow);
            }
        }
        boolean sad = s.mood() == Mood.SAD || s.mood() == Mood.SCARED;
        b.pen(sad ? new Arc2D.Double(-5, -71, 10, 5, 30, 120, Arc2D.OPEN)
                : new Arc2D.Double(-5, -75, 10, 6, 200, 140, Arc2D.OPEN), glow, 1.5);
    }

    static void blob(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color body = l.hair();
        for (int side = -1; side <= 1; side += 2) {
            b.pen(new Line2D.Double(side * 8, -72, side * 15, -88), Colors.darker(body, 0.25), 2.2);
            b.fill(circle(side * 15, -90, 5), l.accent());
        }
        for (int side = -1; side <= 1; side += 2) {
            b.fill(oval(side * 12, -3, 18, 9), Colors.darker(body, 0.15));
        }
        boolean wave = s.pose() == Pose.WAVING || s.pose() == Pose.CHEERING;
        b.fill(rotated(oval(-32, -34, 12, 20), 30, -32, -34), body);
        b.fill(rotated(oval(32, wave ? -52 : -34, 12, 20), wave ? 30 : -30, 32, -34), body);
        Path2D.Double drop = new Path2D.Double();
        drop.moveTo(-32, -6);
        drop.curveTo(-38, -46, -24, -76, 0, -76);
        drop.curveTo(24, -76, 38, -46, 32, -6);
        drop.quadTo(0, 0, -32, -6);
        drop.closePath();
        b.fill(drop, body);
        b.dab(circle(-18, -28, 4.5), Colors.alpha(l.accent(), 0.75));
        b.dab(circle(20, -20, 3.5), Colors.alpha(l.accent(), 0.75));
        b.dab(circle(14, -62, 3), Colors.alpha(l.accent(), 0.75));
        b.tint(oval(0, -22, 30, 22), Colors.alpha(l.skin(), 0.9));
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(0, -48);
        b.graphics().scale(1.1, 1.1);
        Face.draw(b, l.eyes(), s.mood(), 1.2, 0, 10, true);
        b.graphics().setTransform(saved);
        WingedFigures.bowTie(b, 0, -74, 7, l);
    }
}
