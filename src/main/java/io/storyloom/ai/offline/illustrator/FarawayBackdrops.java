package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Places far from home: outer space and under the sea. */
final class FarawayBackdrops {

    private FarawayBackdrops() {
    }

    static void space(Stage s) {
        double u = s.unit();
        double horizon = s.horizon() + 4 * u;
        Brush b = s.brush();
        b.gradient(new Rectangle2D.Double(0, 0, s.width(), horizon + 2 * u),
                s.tints().sky(new Color(0x1a1240)), s.tints().sky(new Color(0x4a3380)));
        Sky.stars(s, horizon, 70);
        // A ringed planet, a small moon and the blue home planet.
        double px = s.width() * s.between(0.65, 0.85);
        double py = horizon * s.between(0.25, 0.4);
        double r = 9 * u;
        Color ring = s.tints().pick(1, new Color(0xf6d38a));
        Ellipse2D.Double ringShape = oval(px, py, r * 3.4, r * 0.9);
        java.awt.Shape ringBand = new BasicStroke((float) (r * 0.22)).createStrokedShape(ringShape);
        // The ring's far half goes behind the planet, its near half in front.
        java.awt.geom.Area back = new java.awt.geom.Area(ringBand);
        back.intersect(new java.awt.geom.Area(new Rectangle2D.Double(px - r * 2, py - r, r * 4, r)));
        java.awt.geom.Area front = new java.awt.geom.Area(ringBand);
        front.subtract(back);
        b.tint(back, ring);
        Color planet = s.tints().pick(0, new Color(0xf29e7c));
        b.fill(circle(px, py, r), planet);
        b.dab(new Rectangle2D.Double(px - r * 0.9, py - r * 0.15, r * 1.8, r * 0.3),
                Colors.alpha(Colors.lighter(planet, 0.3), 0.5));
        b.tint(front, ring);
        b.fill(circle(s.width() * s.between(0.1, 0.3), horizon * s.between(0.15, 0.3), 4 * u),
                s.tints().lit(new Color(0xd8d2e8)));
        double ex = s.width() * s.between(0.35, 0.55);
        double ey = horizon * s.between(0.12, 0.25);
        b.fill(circle(ex, ey, 3.2 * u), new Color(0x5aa6e6));
        b.dab(oval(ex - 0.8 * u, ey - 0.5 * u, 2.6 * u, 1.8 * u), new Color(0x6cc48a));
        // Moon-rock ground with craters.
        b.fill(Scenery.hills(s, horizon, 2 * u, 3), s.tints().lit(new Color(0xb7b0cc)));
        for (int i = 0; i < 6; i++) {
            double cx = s.width() * s.random().nextDouble();
            double cy = s.between(horizon + 5 * u, s.height() - 2 * u);
            double cw = s.between(6, 14) * u * (0.6 + (cy - horizon) / s.height());
            b.fill(oval(cx, cy, cw, cw * 0.32), s.tints().lit(new Color(0x9a92b4)));
            b.dab(oval(cx, cy + cw * 0.04, cw * 0.8, cw * 0.2), s.tints().lit(new Color(0x8a82a6)));
        }
    }

    static void underwater(Stage s) {
        double u = s.unit();
        Brush b = s.brush();
        double floor = s.horizon() + 6 * u;
        b.gradient(new Rectangle2D.Double(0, 0, s.width(), s.height()),
                s.tints().sky(new Color(0x7fd3e6)), s.tints().sky(new Color(0x2a6fb0)));
        // Sun rays from the surface.
        for (int i = 0; i < 4; i++) {
            double x = s.width() * s.between(0.0, 1.0);
            double w = s.between(5, 10) * u;
            b.dab(Shapes.polygon(x, 0, x + w, 0, x + w * 2.5, floor, x + w * 0.5, floor), new Color(255, 255, 255, 28));
        }
        Color rock = s.tints().lit(new Color(0x7a86a8));
        b.fill(oval(s.width() * s.between(0.05, 0.3), floor, 26 * u, 16 * u), rock);
        b.fill(Scenery.hills(s, floor, 1.5 * u, 3), s.tints().land(new Color(0xe8d3a0), 1));
        Color weed = s.tints().land(new Color(0x4fb27a), 2);
        for (int i = 0; i < 7; i++) {
            seaweed(s, s.width() * (i + s.between(0.0, 1.0)) / 7, floor + s.between(1, 5) * u, s.between(14, 28) * u, weed);
        }
        for (int i = 0; i < 3; i++) {
            coral(s, s.width() * s.between(0.05, 0.95), floor + s.between(2, 8) * u, s.between(8, 12) * u,
                    s.tints().pick(i, i % 2 == 0 ? new Color(0xf58a9a) : new Color(0xf7a35c)));
        }
    }

    /** Bubbles drifting up in front of everything. */
    static void bubbles(Stage s) {
        double u = s.unit();
        Color rim = new Color(255, 255, 255, 170);
        for (int i = 0; i < 18; i++) {
            double x = s.random().nextDouble(0, s.width());
            double y = s.random().nextDouble(0, s.height() * 0.8);
            double r = u * s.between(0.6, 1.8);
            s.brush().line(circle(x, y, r), rim, 1.2);
            s.brush().dab(circle(x - r * 0.35, y - r * 0.35, r * 0.25), rim);
        }
    }

    private static void seaweed(Stage s, double x, double ground, double h, Color color) {
        Path2D.Double strand = new Path2D.Double();
        strand.moveTo(x, ground);
        double sway = h * 0.15;
        strand.curveTo(x + sway, ground - h * 0.33, x - sway, ground - h * 0.66, x + sway * 0.5, ground - h);
        s.brush().fill(Shapes.tube(strand, h * 0.09), color);
    }

    private static void coral(Stage s, double x, double ground, double h, Color color) {
        Brush b = s.brush();
        for (int i = -1; i <= 1; i++) {
            Path2D.Double branch = new Path2D.Double();
            branch.moveTo(x, ground);
            branch.quadTo(x + i * h * 0.2, ground - h * 0.5, x + i * h * 0.35, ground - h * (i == 0 ? 1 : 0.75));
            b.fill(Shapes.tube(branch, h * 0.14), color);
        }
    }
}
