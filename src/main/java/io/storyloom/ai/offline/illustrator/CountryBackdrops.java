package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Outdoor places in nature: meadow, garden, forest, snowy hills and the beach. */
final class CountryBackdrops {

    private static final Color FAR_HILL = new Color(0xa9d59a);
    private static final Color SNOW = new Color(0xf4f8fd);

    private CountryBackdrops() {
    }

    static void meadow(Stage s) {
        double u = s.unit();
        double horizon = s.horizon();
        Sky.paint(s, horizon + 2 * u);
        if (s.words().has("mountain", "valley", "peak", "cliff")) {
            Scenery.mountains(s, horizon, 26 * u, s.tints().land(new Color(0x9fb3d1), 3), true);
        }
        farHills(s, horizon);
        for (int i = 0; i < 3; i++) {
            Scenery.roundTree(s, s.width() * s.between(0.05, 0.95), horizon - s.between(1, 4) * u,
                    s.between(7, 10) * u, s.tints().land(Colors.lighter(Scenery.LEAF, 0.15), i));
        }
        nearGround(s, horizon);
        if (s.words().has("pond", "lake", "river", "stream", "puddle", "swim", "duck")) {
            pond(s, s.width() * s.between(0.15, 0.85), horizon + 8 * u, 40 * u);
        }
        Scenery.meadowDetails(s, horizon, 9);
    }

    static void garden(Stage s) {
        double u = s.unit();
        double horizon = s.horizon();
        Sky.paint(s, horizon + 2 * u);
        farHills(s, horizon);
        for (int i = 0; i < 4; i++) {
            Scenery.bush(s, s.width() * (i + s.between(0.1, 0.9)) / 4, horizon + 1 * u, s.between(10, 15) * u,
                    s.tints().land(Scenery.LEAF, i));
        }
        Scenery.fence(s, horizon + 4 * u, 9 * u);
        nearGround(s, horizon + 3 * u);
        Scenery.sunflower(s, s.width() * s.between(0.03, 0.1), horizon + 8 * u, 24 * u);
        Scenery.sunflower(s, s.width() * s.between(0.9, 0.97), horizon + 9 * u, 20 * u);
        Scenery.meadowDetails(s, horizon + 3 * u, 18);
    }

    static void forest(Stage s) {
        double u = s.unit();
        double horizon = s.horizon();
        Sky.paint(s, horizon + 2 * u);
        Color far = s.tints().land(Colors.mix(Scenery.LEAF, s.time().skyBottom(), 0.45), 1);
        Path2D.Double treeline = new Path2D.Double();
        treeline.moveTo(-5, horizon + 5 * u);
        for (double x = -5; x < s.width() + 10 * u; x += 6 * u) {
            treeline.quadTo(x + 3 * u, horizon - s.between(8, 14) * u, x + 6 * u, horizon - 2 * u);
        }
        treeline.lineTo(s.width() + 10 * u, horizon + 5 * u);
        treeline.closePath();
        s.brush().tint(treeline, far);
        s.brush().tint(Scenery.hills(s, horizon, 1 * u, 3), s.tints().land(new Color(0x86c06a), 2));
        Color pine = s.tints().land(new Color(0x3f8f5a), 3);
        Color leaf = s.tints().land(Scenery.LEAF, 4);
        // Middle row: smaller trees anywhere; front row: big trees at the sides, leaving the middle open.
        for (int i = 0; i < 6; i++) {
            double x = s.width() * (i + s.between(0.1, 0.9)) / 6;
            double size = s.between(16, 22) * u;
            if (i % 2 == 0) {
                Scenery.pineTree(s, x, horizon + 2 * u, size, pine, false);
            } else {
                Scenery.roundTree(s, x, horizon + 2 * u, size, leaf);
            }
        }
        nearGround(s, horizon + 5 * u);
        Scenery.roundTree(s, s.width() * s.between(0.0, 0.08), horizon + 16 * u, 42 * u, leaf);
        Scenery.pineTree(s, s.width() * s.between(0.92, 1.0), horizon + 18 * u, 46 * u, pine, false);
        for (int i = 0; i < 3; i++) {
            mushroom(s, s.width() * s.between(0.1, 0.9), horizon + s.between(12, 34) * u, s.between(2.5, 4) * u);
        }
        Scenery.meadowDetails(s, horizon + 5 * u, 5);
    }

    static void snow(Stage s) {
        double u = s.unit();
        double horizon = s.horizon();
        Sky.paint(s, horizon + 2 * u);
        Scenery.mountains(s, horizon + 2 * u, 22 * u, s.tints().land(new Color(0xc5d6ea), 1), true);
        s.brush().tint(Scenery.hills(s, horizon - 3 * u, 3 * u, 3), s.tints().lit(new Color(0xe2ecf8)));
        Color pine = s.tints().land(new Color(0x3d8a66), 2);
        for (int i = 0; i < 5; i++) {
            Scenery.pineTree(s, s.width() * (i + s.between(0.1, 0.9)) / 5, horizon + s.between(0, 3) * u,
                    s.between(12, 20) * u, pine, true);
        }
        s.brush().fill(Scenery.hills(s, horizon + 4 * u, 1.5 * u, 2), s.tints().lit(SNOW));
        Scenery.pineTree(s, s.width() * s.between(0.0, 0.07), horizon + 24 * u, 40 * u, pine, true);
        // Soft blue shadows in the snow.
        for (int i = 0; i < 4; i++) {
            s.brush().dab(oval(s.width() * s.between(0.1, 0.9), horizon + s.between(10, 36) * u,
                    s.between(14, 26) * u, 2.2 * u), Colors.alpha(s.tints().lit(new Color(0xb8cbe6)), 0.55));
        }
    }

    /** Falling snow, painted in front of the characters. */
    static void snowfall(Stage s) {
        double u = s.unit();
        for (int i = 0; i < 60; i++) {
            s.brush().dab(circle(s.random().nextDouble(0, s.width()), s.random().nextDouble(0, s.height()),
                    u * s.between(0.35, 0.9)), new Color(255, 255, 255, 200));
        }
    }

    static void beach(Stage s) {
        double u = s.unit();
        double horizon = s.horizon() - 6 * u;
        Sky.paint(s, horizon + 1 * u);
        Brush b = s.brush();
        double shore = horizon + 14 * u;
        b.gradient(new Rectangle2D.Double(-5, horizon, s.width() + 10, shore - horizon + 4 * u),
                s.tints().land(new Color(0x4fa8d8), 0), s.tints().land(new Color(0x8fd6e6), 0));
        Color crest = new Color(255, 255, 255, 150);
        for (int i = 0; i < 7; i++) {
            double x = s.width() * s.random().nextDouble();
            double y = s.between(horizon + 2 * u, shore - 2 * u);
            b.line(new java.awt.geom.Arc2D.Double(x, y, 6 * u, 2 * u, 20, 140, java.awt.geom.Arc2D.OPEN), crest, 1.4);
        }
        if (s.time() != TimeOfDay.NIGHT && s.random().nextBoolean()) {
            sailboat(s, s.width() * s.between(0.15, 0.45), horizon + 4 * u, 6 * u);
        }
        Path2D.Double sand = Scenery.hills(s, shore, 1.2 * u, 3);
        b.dab(sand, new Color(255, 255, 255, 170));
        java.awt.geom.AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(0, 1.5 * u);
        b.fill(sand, s.tints().land(new Color(0xf3dca4), 1));
        b.graphics().setTransform(saved);
        palm(s, s.width() * (s.random().nextBoolean() ? s.between(0.02, 0.1) : s.between(0.9, 0.98)), shore + 18 * u, 42 * u);
        Color[] shells = {new Color(0xf7b2a8), new Color(0xfff1e0), new Color(0xf5c26b)};
        for (int i = 0; i < 5; i++) {
            double x = s.width() * s.random().nextDouble();
            double y = s.between(shore + 6 * u, s.height() - 2 * u);
            b.fill(Shapes.star(x, y, 1.8 * u, 0.8 * u, 5), s.tints().lit(shells[i % shells.length]));
        }
    }

    private static void sailboat(Stage s, double x, double water, double size) {
        Brush b = s.brush();
        b.fill(Shapes.polygon(x - size, water - size * 0.3, x + size, water - size * 0.3, x + size * 0.7, water,
                x - size * 0.7, water), s.tints().pick(2, new Color(0xe0664f)));
        b.fill(Shapes.polygon(x, water - size * 0.4, x, water - size * 1.9, x + size * 0.8, water - size * 0.5),
                s.tints().lit(Color.WHITE));
    }

    private static void palm(Stage s, double x, double ground, double size) {
        Brush b = s.brush();
        Path2D.Double trunk = new Path2D.Double();
        trunk.moveTo(x, ground);
        trunk.quadTo(x + size * 0.12, ground - size * 0.5, x + size * 0.05, ground - size);
        b.fill(Shapes.tube(trunk, size * 0.07), s.tints().lit(new Color(0xb58555)));
        double tx = x + size * 0.05;
        double ty = ground - size;
        Color frond = s.tints().land(new Color(0x4fa65a), 3);
        for (int i = 0; i < 5; i++) {
            double a = Math.toRadians(-170 + i * 40);
            Path2D.Double leaf = new Path2D.Double();
            leaf.moveTo(tx, ty);
            double ex = tx + Math.cos(a) * size * 0.38;
            double ey = ty + Math.sin(a) * size * 0.22 + size * 0.1;
            leaf.quadTo((tx + ex) / 2, ty - size * 0.12, ex, ey);
            b.fill(Shapes.tube(leaf, size * 0.06), frond);
        }
        b.fill(circle(tx - size * 0.02, ty + size * 0.03, size * 0.03), s.tints().lit(new Color(0x7a5232)));
        b.fill(circle(tx + size * 0.03, ty + size * 0.04, size * 0.03), s.tints().lit(new Color(0x7a5232)));
    }

    private static void farHills(Stage s, double horizon) {
        double u = s.unit();
        Color far = s.tints().land(Colors.mix(FAR_HILL, s.time().skyBottom(), 0.3), 1);
        s.brush().tint(Scenery.hills(s, horizon - 6 * u, 3 * u, 3), far);
    }

    private static void nearGround(Stage s, double top) {
        s.brush().fill(Scenery.hills(s, top, 1.5 * s.unit(), 2), s.tints().land(Scenery.GRASS, 2));
    }

    private static void pond(Stage s, double x, double y, double w) {
        Brush b = s.brush();
        b.fill(oval(x, y, w, w * 0.22), s.tints().land(new Color(0x7cc6e8), 0));
        b.line(new Line2D.Double(x - w * 0.2, y - w * 0.03, x + w * 0.05, y - w * 0.03), new Color(255, 255, 255, 160), 1.5);
    }

    private static void mushroom(Stage s, double x, double ground, double size) {
        Brush b = s.brush();
        b.fill(new Rectangle2D.Double(x - size * 0.25, ground - size, size * 0.5, size), s.tints().lit(new Color(0xfbf0dc)));
        java.awt.geom.Arc2D.Double cap = new java.awt.geom.Arc2D.Double(x - size, ground - size * 1.8, size * 2,
                size * 1.8, 0, 180, java.awt.geom.Arc2D.CHORD);
        b.fill(cap, s.tints().lit(new Color(0xe25b4f)));
        b.dab(circle(x - size * 0.4, ground - size * 1.35, size * 0.17), s.tints().lit(Color.WHITE));
        b.dab(circle(x + size * 0.35, ground - size * 1.5, size * 0.15), s.tints().lit(Color.WHITE));
    }
}
