package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Rooms: a cosy bedroom (also any home interior) and a bright classroom. */
final class IndoorBackdrops {

    private IndoorBackdrops() {
    }

    static void bedroom(Stage s) {
        double u = s.unit();
        double floor = s.horizon() + 6 * u;
        Brush b = s.brush();
        Color wall = wall(s, floor, new Color(0xf6e3cf));
        // Polka-dot wallpaper.
        Color dot = Colors.alpha(Colors.darker(wall, 0.12), 0.5);
        for (double y = 5 * u; y < floor - 2 * u; y += 9 * u) {
            for (double x = ((int) (y / (9 * u)) % 2) * 6 * u + 3 * u; x < s.width(); x += 12 * u) {
                b.dab(circle(x, y, 0.9 * u), dot);
            }
        }
        double winX = s.width() * s.between(0.38, 0.56);
        window(s, winX, 10 * u, 24 * u, 24 * u);
        floor(s, floor);
        boolean bedLeft = s.random().nextBoolean();
        bed(s, bedLeft ? s.width() * 0.02 : s.width() * 0.98 - 44 * u, floor + 10 * u, 44 * u);
        b.fill(oval(s.width() * 0.5, floor + 24 * u, 70 * u, 16 * u), s.tints().pick(2, new Color(0xa9cdea)));
        b.dab(oval(s.width() * 0.5, floor + 24 * u, 54 * u, 10 * u), Colors.alpha(Color.WHITE, 0.25));
        lamp(s, bedLeft ? s.width() * 0.94 : s.width() * 0.06, floor + 4 * u, 22 * u);
    }

    static void classroom(Stage s) {
        double u = s.unit();
        double floor = s.horizon() + 6 * u;
        Brush b = s.brush();
        wall(s, floor, new Color(0xf3ecc8));
        b.fill(new Rectangle2D.Double(-5, floor - 12 * u, s.width() + 10, 12 * u), s.tints().lit(new Color(0xcfe3c4)));
        // Chalkboard with chalk doodles (shapes only, never letters).
        double boardW = Math.min(56 * u, s.width() * 0.5);
        double bx = s.width() * 0.5 - boardW / 2 + s.between(-8, 8) * u;
        double by = 12 * u;
        double bh = 26 * u;
        b.fill(new RoundRectangle2D.Double(bx - 1.5 * u, by - 1.5 * u, boardW + 3 * u, bh + 3 * u, 2 * u, 2 * u),
                s.tints().lit(new Color(0xb07a4e)));
        b.fill(new Rectangle2D.Double(bx, by, boardW, bh), s.tints().lit(new Color(0x3f6b58)));
        Color chalk = new Color(255, 255, 255, 200);
        double sx = bx + boardW * 0.22;
        double sy = by + bh * 0.45;
        b.line(circle(sx, sy, 4 * u), chalk, 1.6);
        for (int i = 0; i < 8; i++) {
            double a = i * Math.PI / 4;
            b.line(new Line2D.Double(sx + Math.cos(a) * 5.5 * u, sy + Math.sin(a) * 5.5 * u,
                    sx + Math.cos(a) * 7.5 * u, sy + Math.sin(a) * 7.5 * u), chalk, 1.6);
        }
        double hx = bx + boardW * 0.62;
        double hy = by + bh * 0.78;
        b.line(Shapes.polygon(hx - 6 * u, hy, hx - 6 * u, hy - 8 * u, hx, hy - 14 * u, hx + 6 * u, hy - 8 * u,
                hx + 6 * u, hy), chalk, 1.6);
        b.line(Shapes.star(bx + boardW * 0.86, by + bh * 0.3, 3 * u, 1.3 * u, 5), new Color(255, 230, 120, 210), 1.6);
        bunting(s, 2 * u, 7 * u);
        window(s, s.width() * (bx > s.width() * 0.5 ? 0.14 : 0.86), 12 * u, 16 * u, 20 * u);
        floor(s, floor);
        desk(s, s.width() * (s.random().nextBoolean() ? 0.12 : 0.88), floor + 16 * u, 22 * u);
    }

    /** A kitchen: tiles, a counter with an oven, a window and a shelf of pots. */
    static void kitchen(Stage s) {
        double u = s.unit();
        double floor = s.horizon() + 6 * u;
        Brush b = s.brush();
        Color wall = wall(s, floor, new Color(0xe8f3ee));
        Color tile = Colors.alpha(Colors.darker(wall, 0.1), 0.6);
        for (double y = 4 * u; y < floor; y += 6 * u) {
            b.line(new Line2D.Double(0, y, s.width(), y), tile, 1);
        }
        boolean left = s.random().nextBoolean();
        double cx = left ? s.width() * 0.2 : s.width() * 0.8;
        window(s, s.width() - cx, 8 * u, 20 * u, 18 * u);
        floor(s, floor);
        double top = floor - 4 * u;
        b.fill(new Rectangle2D.Double(cx - 24 * u, top - 22 * u, 48 * u, 26 * u), s.tints().lit(new Color(0xf7f3ea)));
        b.fill(new Rectangle2D.Double(cx - 26 * u, top - 24 * u, 52 * u, 3 * u), s.tints().lit(new Color(0xb07a4e)));
        b.fill(new RoundRectangle2D.Double(cx - 10 * u, top - 17 * u, 20 * u, 15 * u, 2 * u, 2 * u),
                s.tints().lit(new Color(0x3a3640)));
        b.fill(new RoundRectangle2D.Double(cx - 8 * u, top - 15 * u, 16 * u, 9 * u, 2 * u, 2 * u), new Color(0xffb060));
        b.fill(new Rectangle2D.Double(cx - 20 * u, 14 * u, 40 * u, 1.5 * u), s.tints().lit(new Color(0xb07a4e)));
        Color[] pots = {new Color(0xe5534b), new Color(0x5b8def), new Color(0xf2c445)};
        for (int i = 0; i < 3; i++) {
            b.fill(new RoundRectangle2D.Double(cx - 16 * u + i * 12 * u, 8 * u, 8 * u, 6 * u, 2 * u, 2 * u),
                    s.tints().lit(pots[i]));
        }
    }

    /** A library: tall shelves of coloured book spines along the wall, and a rug. */
    static void library(Stage s) {
        double u = s.unit();
        double floor = s.horizon() + 6 * u;
        Brush b = s.brush();
        wall(s, floor, new Color(0xf1e4cf));
        Color wood = s.tints().lit(new Color(0x9a6b47));
        Color[] spines = {new Color(0xe5534b), new Color(0x5b8def), new Color(0x6cc08b), new Color(0xf2c445),
                new Color(0x9b6bd3), new Color(0xf39a3c)};
        for (double x = 2 * u; x < s.width() - 20 * u; x += 34 * u) {
            b.fill(new Rectangle2D.Double(x, 4 * u, 30 * u, floor - 4 * u), wood);
            for (int row = 0; row < 4; row++) {
                double shelf = 4 * u + (row + 1) * (floor - 6 * u) / 4.3;
                for (double bx = x + 2 * u; bx < x + 27 * u; bx += 3.2 * u) {
                    double h = (6 + s.random().nextInt(4)) * u;
                    b.fill(new Rectangle2D.Double(bx, shelf - h, 2.6 * u, h),
                            s.tints().lit(spines[s.random().nextInt(spines.length)]));
                }
                b.fill(new Rectangle2D.Double(x, shelf, 30 * u, 1.2 * u), Colors.darker(wood, 0.2));
            }
        }
        floor(s, floor);
        b.fill(oval(s.width() * 0.5, floor + 24 * u, 80 * u, 14 * u), s.tints().pick(1, new Color(0xc96b6b)));
    }

    /** An aquarium hall: a dim blue room with a huge glass tank of fish and weed. */
    static void aquarium(Stage s) {
        double u = s.unit();
        double floor = s.horizon() + 8 * u;
        Brush b = s.brush();
        wall(s, floor, new Color(0x3b4f7a));
        Rectangle2D.Double tank = new Rectangle2D.Double(6 * u, 6 * u, s.width() - 12 * u, floor - 10 * u);
        b.gradient(tank, s.tints().lit(new Color(0x5fc3e4)), s.tints().lit(new Color(0x1f6fa8)));
        Color[] fish = {new Color(0xf39a3c), new Color(0xf2c445), new Color(0xef6f6c), new Color(0xb39ddb)};
        for (int i = 0; i < 7; i++) {
            double x = tank.x + tank.width * s.between(0.08, 0.92);
            double y = tank.y + tank.height * s.between(0.15, 0.75);
            double r = s.between(2, 4) * u;
            Color c = s.tints().lit(fish[i % fish.length]);
            b.fill(oval(x, y, r * 2.4, r * 1.5), c);
            b.fill(Shapes.polygon(x + r * 1.1, y, x + r * 2, y - r * 0.8, x + r * 2, y + r * 0.8), c);
        }
        for (double x = tank.x + 6 * u; x < tank.x + tank.width; x += 18 * u) {
            b.line(new Line2D.Double(x, tank.y + tank.height, x + 3 * u, tank.y + tank.height - 14 * u),
                    s.tints().lit(new Color(0x3fb07a)), 2.2 * u);
        }
        b.line(tank, s.tints().lit(new Color(0xdde6ee)), 1.5 * u);
        floor(s, floor);
    }

    /** The wall from the top of the page down to the floor, lit for the scene; returns its colour. */
    private static Color wall(Stage s, double floor, Color base) {
        Color wall = s.tints().land(base, 0);
        s.brush().gradient(new Rectangle2D.Double(0, 0, s.width(), floor), Colors.lighter(wall, 0.1), wall);
        return wall;
    }

    /** A window onto the sky at this time of day, with curtains. */
    private static void window(Stage s, double cx, double top, double w, double h) {
        Brush b = s.brush();
        double u = s.unit();
        Rectangle2D.Double glass = new Rectangle2D.Double(cx - w / 2, top, w, h);
        b.fill(new Rectangle2D.Double(cx - w / 2 - u, top - u, w + 2 * u, h + 2 * u), s.tints().lit(Color.WHITE));
        b.gradient(glass, s.tints().sky(s.time().skyTop()), s.tints().sky(s.time().skyBottom()));
        java.awt.Shape clip = b.graphics().getClip();
        b.graphics().clip(glass);
        if (s.time() == TimeOfDay.NIGHT) {
            Sky.moon(b, cx + w * 0.2, top + h * 0.3, h * 0.14);
            for (int i = 0; i < 6; i++) {
                b.dab(circle(cx - w / 2 + s.random().nextDouble() * w, top + s.random().nextDouble() * h * 0.7, 0.4 * u),
                        new Color(0xfff5c8));
            }
        } else {
            Sky.cloud(b, cx - w * 0.1, top + h * 0.35, h * 0.12, Color.WHITE);
            b.fill(oval(cx, top + h * 1.05, w * 1.4, h * 0.5), s.tints().land(new Color(0x9ed48a), 1));
        }
        b.graphics().setClip(clip);
        Color frame = s.tints().lit(new Color(0xfdfaf3));
        b.dab(new Rectangle2D.Double(cx - 0.5 * u, top, u, h), frame);
        b.dab(new Rectangle2D.Double(cx - w / 2, top + h / 2 - 0.5 * u, w, u), frame);
        Color curtain = s.tints().pick(1, new Color(0xf2a7a0));
        b.fill(new RoundRectangle2D.Double(cx - w / 2 - 5 * u, top - 3 * u, 7 * u, h + 8 * u, 3 * u, 3 * u), curtain);
        b.fill(new RoundRectangle2D.Double(cx + w / 2 - 2 * u, top - 3 * u, 7 * u, h + 8 * u, 3 * u, 3 * u), curtain);
        b.fill(new Rectangle2D.Double(cx - w / 2 - 7 * u, top - 4 * u, w + 14 * u, 1.5 * u), s.tints().lit(new Color(0xb07a4e)));
    }

    private static void floor(Stage s, double top) {
        Brush b = s.brush();
        double u = s.unit();
        Color wood = s.tints().lit(new Color(0xdcae7c));
        b.fill(new Rectangle2D.Double(-5, top, s.width() + 10, s.height() - top + 5), wood);
        Color seam = Colors.alpha(Colors.darker(wood, 0.3), 0.45);
        for (double y = top + 5 * u; y < s.height(); y += 6 * u + (y - top) * 0.15) {
            b.line(new Line2D.Double(0, y, s.width(), y), seam, 1);
        }
        b.dab(new Rectangle2D.Double(-5, top - 1.2 * u, s.width() + 10, 1.8 * u), s.tints().lit(new Color(0xfdf6ea)));
    }

    private static void bed(Stage s, double x, double ground, double w) {
        Brush b = s.brush();
        double u = s.unit();
        Color wood = s.tints().lit(new Color(0xc08a5a));
        b.fill(new RoundRectangle2D.Double(x, ground - w * 0.62, w * 0.12, w * 0.62, 2 * u, 2 * u), wood);
        b.fill(new Rectangle2D.Double(x, ground - w * 0.3, w, w * 0.22), s.tints().lit(Color.WHITE));
        b.fill(new RoundRectangle2D.Double(x + w * 0.12, ground - w * 0.42, w * 0.26, w * 0.14, 3 * u, 3 * u),
                s.tints().lit(Color.WHITE));
        Color quilt = s.tints().pick(0, new Color(0x8fb8e8));
        b.fill(new RoundRectangle2D.Double(x + w * 0.32, ground - w * 0.36, w * 0.7, w * 0.3, 2 * u, 2 * u), quilt);
        for (int i = 0; i < 4; i++) {
            b.dab(Shapes.star(x + w * (0.42 + i * 0.15), ground - w * 0.22, 1.4 * u, 0.6 * u, 5),
                    Colors.alpha(Colors.lighter(quilt, 0.6), 0.8));
        }
        b.fill(new Rectangle2D.Double(x + w * 0.04, ground - w * 0.08, w * 0.08, w * 0.08), wood);
        b.fill(new Rectangle2D.Double(x + w * 0.9, ground - w * 0.08, w * 0.08, w * 0.08), wood);
    }

    private static void lamp(Stage s, double x, double ground, double h) {
        Brush b = s.brush();
        if (s.time() == TimeOfDay.NIGHT || s.time() == TimeOfDay.SUNSET) {
            Sky.glow(b, x, ground - h * 0.85, h * 0.9, new Color(255, 220, 140, 110));
        }
        b.fill(new Rectangle2D.Double(x - h * 0.2, ground - h * 0.35, h * 0.4, h * 0.35), s.tints().lit(new Color(0xc08a5a)));
        b.fill(new Rectangle2D.Double(x - h * 0.03, ground - h * 0.75, h * 0.06, h * 0.4), s.tints().lit(new Color(0x8a7060)));
        b.fill(Shapes.polygon(x - h * 0.14, ground - h * 1.0, x + h * 0.14, ground - h * 1.0, x + h * 0.22,
                ground - h * 0.72, x - h * 0.22, ground - h * 0.72), new Color(0xffe3a3));
    }

    private static void bunting(Stage s, double top, double size) {
        Brush b = s.brush();
        b.line(new java.awt.geom.QuadCurve2D.Double(0, top, s.width() / 2, top + size, s.width(), top),
                s.tints().lit(new Color(0x8a7060)), 1);
        Color[] flags = {new Color(0xf28b82), new Color(0xfbd36b), new Color(0x81c995), new Color(0x8ab4f8)};
        int i = 0;
        for (double x = size; x < s.width() - size / 2; x += size * 1.4, i++) {
            double t = x / s.width();
            double y = top + 2 * t * (1 - t) * size;
            b.fill(Shapes.polygon(x - size / 2, y, x + size / 2, y, x, y + size), s.tints().pick(i, flags[i % flags.length]));
        }
    }

    private static void desk(Stage s, double x, double ground, double w) {
        Brush b = s.brush();
        Color wood = s.tints().lit(new Color(0xd49a5e));
        b.fill(new Rectangle2D.Double(x - w * 0.45, ground - w * 0.55, w * 0.07, w * 0.55), wood);
        b.fill(new Rectangle2D.Double(x + w * 0.38, ground - w * 0.55, w * 0.07, w * 0.55), wood);
        b.fill(new RoundRectangle2D.Double(x - w / 2, ground - w * 0.62, w, w * 0.1, w * 0.04, w * 0.04), wood);
        b.fill(circle(x - w * 0.15, ground - w * 0.7, w * 0.08), s.tints().lit(new Color(0xe2574c)));
        b.fill(new Rectangle2D.Double(x + w * 0.05, ground - w * 0.7, w * 0.25, w * 0.07), s.tints().pick(3, new Color(0x6f9be8)));
    }
}
