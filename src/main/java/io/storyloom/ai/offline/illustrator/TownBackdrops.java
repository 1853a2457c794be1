package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Places people built: a little town street and a fairy-tale castle on a hill. */
final class TownBackdrops {

    private static final Color[] WALLS = {new Color(0xf7d9a8), new Color(0xf2b5a7), new Color(0xbfe0d3),
            new Color(0xc9d6f2), new Color(0xf6ecc9)};
    private static final Color[] ROOFS = {new Color(0xd8674f), new Color(0x6f8fc9), new Color(0x8a6a9e),
            new Color(0xc7904d)};

    private TownBackdrops() {
    }

    static void city(Stage s) {
        double u = s.unit();
        double horizon = s.horizon();
        Sky.paint(s, horizon + 2 * u);
        Brush b = s.brush();
        // Far row of taller buildings, faded into the sky.
        Color far = s.tints().land(Colors.mix(new Color(0xb9c4dc), s.time().skyBottom(), 0.35), 0);
        for (double x = -2 * u; x < s.width(); x += s.between(9, 14) * u) {
            double h = s.between(12, 26) * u;
            b.tint(new Rectangle2D.Double(x, horizon - h, s.between(7, 11) * u, h + 2 * u), far);
        }
        // Front row of little houses.
        int slot = 0;
        for (double x = s.between(0, 6) * u; x < s.width() + 10 * u; x += s.between(19, 24) * u) {
            double w = s.between(13, 17) * u;
            Color wall = s.tints().pick(slot, WALLS[slot % WALLS.length]);
            Color roof = s.tints().lit(ROOFS[slot % ROOFS.length]);
            Scenery.house(s, x, horizon + 4 * u, w, s.between(11, 16) * u, wall, roof);
            if (slot % 2 == 1) {
                Scenery.roundTree(s, x + w * 0.85, horizon + 4 * u, 13 * u, s.tints().land(Scenery.LEAF, slot));
            }
            slot++;
        }
        // Pavement and street.
        b.fill(new Rectangle2D.Double(-5, horizon + 4 * u, s.width() + 10, s.height()), s.tints().lit(new Color(0xe6dccb)));
        Color seam = Colors.alpha(s.tints().lit(new Color(0xb8ab95)), 0.6);
        for (double y = horizon + 9 * u; y < s.height(); y += 7 * u) {
            b.line(new Line2D.Double(0, y, s.width(), y), seam, 1);
        }
        double road = horizon + 30 * u;
        if (road < s.height()) {
            b.fill(new Rectangle2D.Double(-5, road, s.width() + 10, s.height()), s.tints().lit(new Color(0x9aa3ad)));
            for (double x = 2 * u; x < s.width(); x += 14 * u) {
                b.dab(new Rectangle2D.Double(x, road + 5 * u, 7 * u, 1.2 * u), s.tints().lit(new Color(0xf5f1e6)));
            }
        }
        lamp(s, s.width() * s.between(0.04, 0.12), horizon + 12 * u, 24 * u);
    }

    private static void lamp(Stage s, double x, double ground, double h) {
        Brush b = s.brush();
        b.fill(new Rectangle2D.Double(x - h * 0.025, ground - h, h * 0.05, h), s.tints().lit(new Color(0x4a5566)));
        Color light = s.time() == TimeOfDay.NIGHT ? new Color(0xffe9a3) : s.tints().lit(new Color(0xfff5d6));
        if (s.time() == TimeOfDay.NIGHT) {
            Sky.glow(b, x, ground - h, h * 0.35, new Color(255, 230, 150, 120));
        }
        b.fill(new RoundRectangle2D.Double(x - h * 0.07, ground - h - h * 0.1, h * 0.14, h * 0.14, h * 0.05, h * 0.05), light);
    }

    static void castle(Stage s) {
        double u = s.unit();
        double horizon = s.horizon();
        Sky.paint(s, horizon + 2 * u);
        Brush b = s.brush();
        Color far = s.tints().land(new Color(0xa9d59a), 1);
        double cx = s.width() * (s.random().nextBoolean() ? s.between(0.25, 0.38) : s.between(0.62, 0.75));
        double hillTop = horizon - 10 * u;
        b.tint(new Arc2D.Double(cx - 40 * u, hillTop, 80 * u, 40 * u, 0, 180, Arc2D.CHORD), far);
        b.tint(Scenery.hills(s, horizon - 3 * u, 2 * u, 3), far);
        castleAt(s, cx, hillTop + 3 * u, 30 * u);
        s.brush().fill(Scenery.hills(s, horizon + 2 * u, 1.5 * u, 2), s.tints().land(Scenery.GRASS, 2));
        Scenery.meadowDetails(s, horizon + 2 * u, 7);
    }

    private static void castleAt(Stage s, double x, double ground, double size) {
        Brush b = s.brush();
        Color stone = s.tints().lit(new Color(0xe9e2ee));
        Color shade = s.tints().lit(new Color(0xcfc6dc));
        Color roof = s.tints().pick(1, new Color(0x7a77c9));
        Color flag = s.tints().pick(2, new Color(0xf06b78));
        double towerW = size * 0.22;
        double[] towers = {-0.55, 0.55};
        for (double t : towers) {
            double tx = x + t * size;
            b.fill(new Rectangle2D.Double(tx - towerW / 2, ground - size * 0.95, towerW, size * 0.95), shade);
            b.fill(Shapes.polygon(tx - towerW * 0.7, ground - size * 0.95, tx, ground - size * 1.35,
                    tx + towerW * 0.7, ground - size * 0.95), roof);
            pennant(s, tx, ground - size * 1.35, size * 0.18, flag);
            window(s, tx, ground - size * 0.7, towerW * 0.3);
        }
        b.fill(new Rectangle2D.Double(x - size * 0.45, ground - size * 0.6, size * 0.9, size * 0.6), stone);
        for (double cx = x - size * 0.42; cx < x + size * 0.42; cx += size * 0.16) {
            b.fill(new Rectangle2D.Double(cx, ground - size * 0.68, size * 0.09, size * 0.09), stone);
        }
        double keepW = size * 0.34;
        b.fill(new Rectangle2D.Double(x - keepW / 2, ground - size * 1.05, keepW, size * 0.5), stone);
        b.fill(Shapes.polygon(x - keepW * 0.65, ground - size * 1.05, x, ground - size * 1.55,
                x + keepW * 0.65, ground - size * 1.05), roof);
        pennant(s, x, ground - size * 1.55, size * 0.2, flag);
        window(s, x, ground - size * 0.85, keepW * 0.22);
        b.fill(new Arc2D.Double(x - size * 0.12, ground - size * 0.36, size * 0.24, size * 0.4, 0, 180, Arc2D.PIE),
                s.tints().lit(new Color(0x8a5a3c)));
        b.fill(new Rectangle2D.Double(x - size * 0.12, ground - size * 0.16, size * 0.24, size * 0.16),
                s.tints().lit(new Color(0x8a5a3c)));
    }

    private static void window(Stage s, double x, double y, double w) {
        Color glass = s.time() == TimeOfDay.NIGHT ? new Color(0xffe08a) : s.tints().lit(new Color(0x6d6a8f));
        s.brush().dab(new RoundRectangle2D.Double(x - w / 2, y - w, w, w * 1.6, w, w), glass);
    }

    private static void pennant(Stage s, double x, double top, double size, Color color) {
        Brush b = s.brush();
        b.line(new Line2D.Double(x, top, x, top - size), s.tints().lit(new Color(0x6b5b4b)), 1.2);
        b.fill(Shapes.polygon(x, top - size, x + size * 0.8, top - size * 0.8, x, top - size * 0.6), color);
        b.dab(circle(x, top - size, size * 0.06), color);
    }
}
