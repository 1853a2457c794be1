package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Landscape pieces the backdrops share: hills, trees, bushes, flowers, houses, fences, mountains. */
final class Scenery {

    static final Color GRASS = new Color(0x8fcf6e);
    static final Color LEAF = new Color(0x5fae5a);
    static final Color BARK = new Color(0x9a6b47);

    private Scenery() {
    }

    /** A rolling band of land from {@code top} (with bumps of {@code waviness}) down to the page bottom. */
    static Path2D.Double hills(Stage s, double top, double waviness, int bumps) {
        Path2D.Double p = new Path2D.Double();
        double w = s.width();
        p.moveTo(-10, s.height() + 10);
        p.lineTo(-10, top + s.between(-waviness, waviness));
        double step = (w + 20) / bumps;
        for (int i = 0; i < bumps; i++) {
            double x0 = -10 + i * step;
            p.quadTo(x0 + step / 2, top + s.between(-waviness * 2, waviness * 0.5), x0 + step,
                    top + s.between(-waviness, waviness));
        }
        p.lineTo(w + 10, s.height() + 10);
        p.closePath();
        return p;
    }

    static void roundTree(Stage s, double x, double ground, double size, Color leaves) {
        Brush b = s.brush();
        b.fill(new RoundRectangle2D.Double(x - size * 0.09, ground - size * 0.55, size * 0.18, size * 0.58,
                size * 0.08, size * 0.08), s.tints().lit(BARK));
        double r = size * 0.3;
        double cy = ground - size * 0.7;
        java.awt.geom.Area crown = new java.awt.geom.Area(circle(x, cy - r * 0.3, r));
        crown.add(new java.awt.geom.Area(circle(x - r * 0.75, cy + r * 0.2, r * 0.75)));
        crown.add(new java.awt.geom.Area(circle(x + r * 0.75, cy + r * 0.2, r * 0.78)));
        b.fill(crown, leaves);
        b.dab(circle(x - r * 0.3, cy - r * 0.55, r * 0.35), Colors.alpha(Colors.lighter(leaves, 0.3), 0.45));
    }

    static void pineTree(Stage s, double x, double ground, double size, Color needles, boolean snowy) {
        Brush b = s.brush();
        b.fill(new Rectangle2D.Double(x - size * 0.05, ground - size * 0.2, size * 0.1, size * 0.22),
                s.tints().lit(BARK));
        for (int i = 0; i < 3; i++) {
            double top = ground - size * (1.0 - i * 0.22);
            double half = size * (0.18 + i * 0.08);
            double bottom = top + size * 0.38;
            Path2D.Double tier = Shapes.polygon(x, top, x + half, bottom, x - half, bottom);
            b.fill(tier, needles);
            if (snowy) {
                b.dab(Shapes.polygon(x, top, x + half * 0.45, top + size * 0.17, x, top + size * 0.13,
                        x - half * 0.45, top + size * 0.17), new Color(0xfbfdff));
            }
        }
    }

    static void bush(Stage s, double x, double ground, double size, Color color) {
        Brush b = s.brush();
        java.awt.geom.Area a = new java.awt.geom.Area(oval(x, ground - size * 0.35, size, size * 0.7));
        a.add(new java.awt.geom.Area(circle(x - size * 0.25, ground - size * 0.5, size * 0.3)));
        a.add(new java.awt.geom.Area(circle(x + size * 0.2, ground - size * 0.55, size * 0.32)));
        a.subtract(new java.awt.geom.Area(new Rectangle2D.Double(x - size, ground, size * 2, size)));
        b.fill(a, color);
    }

    /** A simple five-petal flower on a stem. */
    static void flower(Stage s, double x, double ground, double size, Color petals) {
        Brush b = s.brush();
        b.line(new Line2D.Double(x, ground, x, ground - size), s.tints().lit(LEAF), Math.max(1, size * 0.06));
        double cy = ground - size;
        double r = size * 0.22;
        for (int i = 0; i < 5; i++) {
            double a = i * Math.PI * 2 / 5;
            b.dab(circle(x + Math.cos(a) * r, cy + Math.sin(a) * r, r * 0.8), petals);
        }
        b.dab(circle(x, cy, r * 0.65), new Color(0xffd54a));
    }

    /** A tall sunflower, for gardens. */
    static void sunflower(Stage s, double x, double ground, double size) {
        Brush b = s.brush();
        b.fill(Shapes.tube(new Line2D.Double(x, ground, x, ground - size), size * 0.05), s.tints().lit(LEAF));
        b.fill(Shapes.rotated(oval(x + size * 0.1, ground - size * 0.45, size * 0.2, size * 0.09), -25,
                x, ground - size * 0.45), s.tints().lit(LEAF));
        double cy = ground - size;
        double r = size * 0.13;
        for (int i = 0; i < 12; i++) {
            double a = i * Math.PI * 2 / 12;
            b.dab(Shapes.rotated(oval(x + Math.cos(a) * r * 1.3, cy + Math.sin(a) * r * 1.3, r * 1.1, r * 0.5),
                    Math.toDegrees(a), x + Math.cos(a) * r * 1.3, cy + Math.sin(a) * r * 1.3),
                    s.tints().lit(new Color(0xffc93c)));
        }
        b.fill(circle(x, cy, r), s.tints().lit(new Color(0x8a5a2b)));
    }

    /** Little tufts and flowers scattered over the ground between {@code top} and the page bottom. */
    static void meadowDetails(Stage s, double top, int flowers) {
        Brush b = s.brush();
        double u = s.unit();
        Color tuft = Colors.alpha(s.tints().lit(Colors.darker(GRASS, 0.25)), 0.7);
        for (int i = 0; i < 26; i++) {
            double x = s.random().nextDouble(0, s.width());
            double y = s.between(top + 3 * u, s.height());
            double h = u * (1.2 + (y - top) / s.height() * 3);
            Path2D.Double blades = new Path2D.Double();
            blades.moveTo(x - h * 0.5, y - h);
            blades.lineTo(x, y);
            blades.lineTo(x, y - h * 1.2);
            blades.moveTo(x, y);
            blades.lineTo(x + h * 0.5, y - h);
            b.line(blades, tuft, 1.2);
        }
        Color[] petals = {new Color(0xff8fab), new Color(0xffffff), new Color(0xffd54a), new Color(0xb39ddb)};
        for (int i = 0; i < flowers; i++) {
            double x = s.random().nextDouble(0, s.width());
            double y = s.between(top + 4 * u, s.height());
            double size = u * (1.5 + (y - top) / s.height() * 4);
            flower(s, x, y, size, s.tints().pick(i, petals[i % petals.length]));
        }
    }

    static void house(Stage s, double x, double ground, double w, double h, Color wall, Color roof) {
        Brush b = s.brush();
        b.fill(new Rectangle2D.Double(x - w / 2, ground - h, w, h), wall);
        b.fill(Shapes.polygon(x - w * 0.62, ground - h + 1, x, ground - h - w * 0.55, x + w * 0.62, ground - h + 1), roof);
        Color glass = s.time() == TimeOfDay.NIGHT ? new Color(0xffe08a) : s.tints().lit(new Color(0xcfe9f7));
        double ww = w * 0.2;
        b.fill(new Rectangle2D.Double(x - w * 0.32, ground - h * 0.78, ww, ww), glass);
        b.fill(new Rectangle2D.Double(x + w * 0.12, ground - h * 0.78, ww, ww), glass);
        b.fill(new RoundRectangle2D.Double(x - w * 0.1, ground - h * 0.42, w * 0.2, h * 0.42, w * 0.1, w * 0.1),
                s.tints().lit(Colors.darker(wall, 0.35)));
    }

    static void fence(Stage s, double ground, double height) {
        Brush b = s.brush();
        Color wood = s.tints().lit(new Color(0xf3e6cf));
        double step = height * 0.7;
        b.fill(new Rectangle2D.Double(-5, ground - height * 0.75, s.width() + 10, height * 0.14), wood);
        b.fill(new Rectangle2D.Double(-5, ground - height * 0.35, s.width() + 10, height * 0.14), wood);
        for (double x = step / 2; x < s.width(); x += step) {
            b.fill(Shapes.polygon(x - step * 0.22, ground, x - step * 0.22, ground - height * 0.85, x,
                    ground - height, x + step * 0.22, ground - height * 0.85, x + step * 0.22, ground), wood);
        }
    }

    static void mountains(Stage s, double base, double height, Color rock, boolean snowCaps) {
        Brush b = s.brush();
        int count = 3;
        for (int i = 0; i < count; i++) {
            double x = s.width() * (i + s.between(0.2, 0.8)) / count;
            double h = height * s.between(0.7, 1.0);
            double half = h * 1.2;
            b.fill(Shapes.polygon(x - half, base, x, base - h, x + half, base), rock);
            if (snowCaps) {
                b.dab(Shapes.polygon(x - half * 0.3, base - h * 0.7, x, base - h, x + half * 0.3, base - h * 0.7,
                        x + half * 0.1, base - h * 0.64, x - half * 0.05, base - h * 0.72), new Color(0xfdfdff));
            }
        }
    }
}
