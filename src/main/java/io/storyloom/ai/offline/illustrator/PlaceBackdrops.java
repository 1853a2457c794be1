package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The places built from the others' pieces: a park, a jungle, a farm, a train station, the open sea,
 * mountains, a zoo, a desert and a lake. Landmarks are catalogue things drawn small near the horizon.
 */
final class PlaceBackdrops {

    private PlaceBackdrops() {
    }

    static void park(Stage s) {
        CountryBackdrops.meadow(s);
        double u = s.unit();
        Brush b = s.brush();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(s.width() * 0.35, s.horizon());
        path.curveTo(s.width() * 0.2, s.horizon() + 20 * u, s.width() * 0.7, s.horizon() + 30 * u, s.width() * 0.5,
                s.height());
        b.line(path, s.tints().lit(new Color(0xe9d6b0)), 7 * u);
        b.fill(oval(s.width() * 0.8, s.horizon() + 7 * u, 34 * u, 7 * u), s.tints().lit(new Color(0x7cc6e8)));
        landmark(s, "swing", s.width() * 0.16, s.horizon() + 4 * u, 18 * u);
        bench(s, s.width() * 0.62, s.horizon() + 5 * u, 14 * u);
    }

    static void jungle(Stage s) {
        CountryBackdrops.forest(s);
        double u = s.unit();
        Brush b = s.brush();
        Color vine = s.tints().lit(new Color(0x2f7d3c));
        for (int i = 0; i < 6; i++) {
            double x = s.width() * (i + s.between(0.1, 0.9)) / 6;
            Path2D.Double v = new Path2D.Double();
            v.moveTo(x, -2);
            v.curveTo(x - 5 * u, s.horizon() * 0.3, x + 5 * u, s.horizon() * 0.5, x, s.horizon() * s.between(0.5, 0.8));
            b.line(v, vine, 1.2 * u);
        }
        for (double x : new double[] {0, s.width()}) {
            for (int i = 0; i < 3; i++) {
                b.fill(Shapes.rotated(oval(x, s.horizon() + (i * 9 - 4) * u, 30 * u, 9 * u), x == 0 ? 20 - i * 20
                        : -20 + i * 20, x, s.horizon() + (i * 9 - 4) * u), s.tints().lit(new Color(0x3f9a4a)));
            }
        }
    }

    static void farm(Stage s) {
        CountryBackdrops.meadow(s);
        double u = s.unit();
        landmark(s, "barn", s.width() * s.between(0.7, 0.85), s.horizon() + u, 24 * u);
        Scenery.fence(s, s.horizon() + 6 * u, 7 * u);
        Brush b = s.brush();
        for (int i = 0; i < 3; i++) {
            double y = s.horizon() + (10 + i * 8) * u;
            b.line(new Line2D.Double(0, y, s.width(), y + 3 * u), Colors.alpha(s.tints().lit(new Color(0x6f9e4c)), 0.5),
                    u);
        }
    }

    static void station(Stage s) {
        TownBackdrops.city(s);
        double u = s.unit();
        Brush b = s.brush();
        double platform = s.horizon() + 4 * u;
        b.fill(new Rectangle2D.Double(-5, platform, s.width() + 10, s.height() - platform + 5),
                s.tints().lit(new Color(0xc9c2b8)));
        b.fill(new Rectangle2D.Double(-5, platform, s.width() + 10, 2 * u), s.tints().lit(new Color(0xf2c445)));
        Color rail = s.tints().lit(new Color(0x6a7480));
        b.line(new Line2D.Double(0, platform - 2 * u, s.width(), platform - 2 * u), rail, 0.8 * u);
        for (double x = 2 * u; x < s.width(); x += 6 * u) {
            b.line(new Line2D.Double(x, platform - 3 * u, x + 2 * u, platform - u), Colors.darker(rail, 0.3), 0.6 * u);
        }
        double cx = s.width() * 0.5;
        b.line(new Line2D.Double(cx, 4 * u, cx, 12 * u), rail, u);
        b.fill(Shapes.circle(cx, 16 * u, 5 * u), s.tints().lit(Color.WHITE));
        b.line(Shapes.circle(cx, 16 * u, 5 * u), Colors.darker(rail, 0.3), 0.8 * u);
        b.line(new Line2D.Double(cx, 16 * u, cx, 13 * u), new Color(0x3a3640), 0.6 * u);
        b.line(new Line2D.Double(cx, 16 * u, cx + 2.5 * u, 16 * u), new Color(0x3a3640), 0.6 * u);
    }

    static void sea(Stage s) {
        double u = s.unit();
        Brush b = s.brush();
        Sky.paint(s, s.horizon() + 2 * u);
        Rectangle2D.Double water = new Rectangle2D.Double(-5, s.horizon(), s.width() + 10, s.height());
        b.gradient(water, s.tints().lit(new Color(0x6fb8e0)), s.tints().lit(new Color(0x2f7fbf)));
        Color crest = new Color(255, 255, 255, 150);
        for (int i = 0; i < 14; i++) {
            double x = s.width() * s.between(0, 1);
            double y = s.between(s.horizon() + 3 * u, s.height());
            b.line(new java.awt.geom.Arc2D.Double(x, y, 6 * u, 3 * u, 0, 180, java.awt.geom.Arc2D.OPEN), crest, 0.6 * u);
        }
        landmark(s, "lighthouse", s.width() * s.between(0.75, 0.9), s.horizon() + u, 20 * u);
        // A little wooden jetty in front, for whoever stands on it.
        b.fill(new Rectangle2D.Double(-5, s.height() * 0.86, s.width() + 10, s.height() * 0.2),
                s.tints().lit(new Color(0xc08a5a)));
    }

    static void mountains(Stage s) {
        double u = s.unit();
        Sky.paint(s, s.horizon() + 2 * u);
        Scenery.mountains(s, s.horizon() + 2 * u, 40 * u, s.tints().land(new Color(0x8fa3c4), 3), true);
        Scenery.mountains(s, s.horizon() + 4 * u, 24 * u, s.tints().land(new Color(0x7b9bb0), 1), false);
        s.brush().fill(Scenery.hills(s, s.horizon() + 2 * u, 3 * u, 2), s.tints().land(Scenery.GRASS, 2));
        for (int i = 0; i < 3; i++) {
            Scenery.pineTree(s, s.width() * s.between(0.02, 0.98), s.horizon() + 6 * u, 16 * u,
                    s.tints().lit(new Color(0x3f7d4a)), false);
        }
        Scenery.meadowDetails(s, s.horizon() + 2 * u, 6);
    }

    static void zoo(Stage s) {
        CountryBackdrops.meadow(s);
        double u = s.unit();
        landmark(s, "giraffe", s.width() * s.between(0.72, 0.86), s.horizon() + 2 * u, 22 * u);
        landmark(s, "elephant", s.width() * s.between(0.12, 0.28), s.horizon() + 3 * u, 12 * u);
        Scenery.fence(s, s.horizon() + 6 * u, 8 * u);
    }

    static void desert(Stage s) {
        double u = s.unit();
        Brush b = s.brush();
        Sky.paint(s, s.horizon() + 2 * u);
        b.tint(Scenery.hills(s, s.horizon() - 3 * u, 4 * u, 3), s.tints().land(new Color(0xf0c987), 1));
        b.fill(Scenery.hills(s, s.horizon() + 3 * u, 3 * u, 2), s.tints().land(new Color(0xe9b86a), 2));
        landmark(s, "cactus", s.width() * s.between(0.05, 0.2), s.horizon() + 8 * u, 18 * u);
        landmark(s, "cactus", s.width() * s.between(0.82, 0.95), s.horizon() + 6 * u, 12 * u);
    }

    static void lake(Stage s) {
        CountryBackdrops.meadow(s);
        double u = s.unit();
        Brush b = s.brush();
        b.fill(oval(s.width() * 0.5, s.horizon() + 9 * u, s.width() * 1.1, 14 * u), s.tints().lit(new Color(0x6fb8e0)));
        b.line(new Line2D.Double(s.width() * 0.3, s.horizon() + 8 * u, s.width() * 0.45, s.horizon() + 8 * u),
                new Color(255, 255, 255, 150), 0.6 * u);
        Color reed = s.tints().lit(new Color(0x6f9e4c));
        for (int i = 0; i < 8; i++) {
            double x = s.width() * (i < 4 ? s.between(0.02, 0.15) : s.between(0.85, 0.98));
            b.line(new Line2D.Double(x, s.horizon() + 14 * u, x + s.between(-1, 1) * u, s.horizon() + 4 * u), reed,
                    0.6 * u);
        }
        landmark(s, "boat", s.width() * s.between(0.55, 0.75), s.horizon() + 9 * u, 7 * u);
    }

    /** A catalogue thing drawn small in the distance, as part of the place. */
    private static void landmark(Stage s, String name, double x, double ground, double size) {
        PropPainter.paint(s, PropItem.of(name), x, ground, size, 0);
    }

    private static void bench(Stage s, double x, double ground, double w) {
        Brush b = s.brush();
        Color wood = s.tints().lit(new Color(0xb07a4e));
        b.fill(new Rectangle2D.Double(x - w / 2, ground - w * 0.35, w, w * 0.1), wood);
        b.fill(new Rectangle2D.Double(x - w / 2, ground - w * 0.6, w, w * 0.1), wood);
        b.line(new Line2D.Double(x - w * 0.4, ground, x - w * 0.4, ground - w * 0.6), Colors.darker(wood, 0.3), w * 0.05);
        b.line(new Line2D.Double(x + w * 0.4, ground, x + w * 0.4, ground - w * 0.6), Colors.darker(wood, 0.3), w * 0.05);
    }
}
