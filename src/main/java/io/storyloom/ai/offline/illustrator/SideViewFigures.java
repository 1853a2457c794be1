package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.rotated;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Unicorn, horse, dinosaur and fish, which read best in profile. Drawn facing right, about 100 units
 * tall and 100 wide, feet at the origin; the caller mirrors them to face the other way.
 */
final class SideViewFigures {

    private static final Color HORN = new Color(0xf6cf5e);

    private SideViewFigures() {
    }

    static void horse(Sitter s, boolean unicorn) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color coat = l.hair();
        Color far = Colors.darker(coat, 0.15);
        boolean rearing = s.pose() == Pose.JUMPING || s.pose() == Pose.CHEERING;
        double frontLift = rearing ? -10 : 0;
        // Far legs first, slightly darker.
        leg(b, -20, -40, 0, far, l.accent(), 0);
        leg(b, 22, -40, frontLift, far, l.accent(), rearing ? -25 : 0);
        // Tail in the accent colour.
        Path2D.Double tail = new Path2D.Double();
        tail.moveTo(-34, -58);
        tail.curveTo(-56, -60, -58, -36, -48, -18);
        b.fill(Shapes.tube(tail, 11), l.accent());
        b.fill(Shapes.tube(tail, 4), Colors.lighter(l.accent(), 0.35));
        b.fill(oval(0, -52, 76, 38), coat);
        leg(b, -28, -40, 0, coat, l.accent(), 0);
        leg(b, 14, -40, frontLift, coat, l.accent(), rearing ? -35 : 0);
        // Neck and head.
        Path2D.Double neck = Shapes.polygon(16, -66, 28, -92, 44, -86, 34, -48);
        b.fill(neck, coat);
        b.fill(rotated(new RoundRectangle2D.Double(26, -100, 34, 22, 18, 18), 22, 40, -90), coat);
        b.fill(Shapes.polygon(30, -98, 33, -112, 39, -99), coat);
        if (unicorn) {
            b.fill(Shapes.polygon(40, -101, 48, -124, 47, -99), HORN);
        }
        // Mane along the neck.
        for (int i = 0; i < 4; i++) {
            b.fill(circle(27 - i * 3.2, -96 + i * 10, 7), l.accent());
        }
        sideEye(b, l, s.mood(), 40, -90, 4.2);
        b.dab(circle(56, -78, 1.4), Colors.darker(coat, 0.5));
        b.pen(mouth(s.mood(), 50, -73), Face.INK, 1.2);
        b.fill(new RoundRectangle2D.Double(20, -70, 22, 6, 5, 5), l.outfit());
    }

    private static void leg(Brush b, double x, double top, double lift, Color coat, Color hoof, double bend) {
        java.awt.Shape leg = rotated(new RoundRectangle2D.Double(x - 5, top + lift, 10, 38, 8, 8), bend, x, top + lift);
        b.fill(leg, coat);
        java.awt.geom.Rectangle2D r = leg.getBounds2D();
        double hx = bend == 0 ? x : r.getCenterX() + (bend < 0 ? 4 : -4);
        double hy = bend == 0 ? -4 + lift : r.getMaxY() - 6;
        b.fill(new RoundRectangle2D.Double(hx - 6, hy - 2, 12, 7, 4, 4), Colors.darker(hoof, 0.2));
    }

    static void dinosaur(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color skin = l.hair();
        Color far = Colors.darker(skin, 0.15);
        b.fill(new RoundRectangle2D.Double(-26, -34, 13, 34, 10, 10), far);
        b.fill(new RoundRectangle2D.Double(14, -34, 13, 34, 10, 10), far);
        Path2D.Double tail = new Path2D.Double();
        tail.moveTo(-20, -46);
        tail.curveTo(-44, -46, -56, -26, -66, -12);
        tail.lineTo(-30, -26);
        tail.closePath();
        b.fill(tail, skin);
        Path2D.Double neck = new Path2D.Double();
        neck.moveTo(14, -54);
        neck.curveTo(28, -62, 28, -80, 30, -88);
        b.fill(Shapes.tube(neck, 17), skin);
        b.fill(oval(-2, -44, 72, 46), skin);
        b.tint(oval(2, -30, 44, 16), l.skin());
        // Back plates and spots in the accent colour.
        for (int i = 0; i < 4; i++) {
            double x = -22 + i * 12;
            double y = -64 - Math.sin(i / 3.0 * Math.PI) * 4;
            b.fill(Shapes.polygon(x - 5, y + 3, x, y - 8, x + 5, y + 3), l.accent());
        }
        b.dab(circle(-12, -46, 4), Colors.alpha(l.accent(), 0.75));
        b.dab(circle(4, -52, 3.2), Colors.alpha(l.accent(), 0.75));
        b.dab(circle(-2, -40, 2.6), Colors.alpha(l.accent(), 0.75));
        b.fill(new RoundRectangle2D.Double(-20, -34, 13, 34, 10, 10), skin);
        b.fill(new RoundRectangle2D.Double(20, -34, 13, 34, 10, 10), skin);
        b.fill(oval(38, -90, 32, 24), skin);
        sideEye(b, l, s.mood(), 40, -94, 4);
        b.pen(mouth(s.mood(), 48, -84), Face.INK, 1.2);
        b.dab(circle(51, -91, 1.2), Colors.darker(skin, 0.5));
        b.fill(new RoundRectangle2D.Double(18, -72, 18, 6, 5, 5), l.outfit());
    }

    static void fish(Sitter s) {
        Appearance l = s.look();
        Brush b = s.brush();
        Color body = l.hair();
        double swish = s.pose() == Pose.JUMPING ? 12 : 0;
        b.fill(Shapes.polygon(-26, -50, -52, -72 - swish, -46, -50, -52, -28 + swish), l.accent());
        b.fill(Shapes.polygon(-10, -68, 6, -86, 16, -66), l.accent());
        b.fill(oval(0, -50, 64, 42), body);
        b.tint(oval(4, -42, 40, 16), l.skin());
        Color scale = Colors.alpha(Colors.darker(body, 0.3), 0.5);
        for (int i = 0; i < 3; i++) {
            b.pen(new Arc2D.Double(-14 + i * 9, -58, 9, 12, 270, 180, Arc2D.OPEN), scale, 1);
        }
        b.fill(rotated(oval(4, -42, 14, 8), 30, 4, -42), l.accent());
        sideEye(b, l, s.mood(), 18, -54, 5);
        b.pen(mouth(s.mood(), 28, -44), Face.INK, 1.2);
        b.fill(new RoundRectangle2D.Double(-6, -70, 5, 40, 4, 4), Colors.alpha(l.outfit(), 0.9));
    }

    private static void sideEye(Brush b, Appearance l, Mood mood, double x, double y, double r) {
        if (mood == Mood.SLEEPY) {
            b.pen(new Arc2D.Double(x - r, y - r / 2, 2 * r, r, 190, 160, Arc2D.OPEN), Face.INK, 1.2);
            return;
        }
        b.dab(oval(x, y, 2 * r + 1.5, 2.3 * r + 1.5), Color.WHITE);
        b.dab(oval(x, y, 2 * r, 2.3 * r), l.eyes());
        b.dab(oval(x + r * 0.15, y + r * 0.1, r, 1.2 * r), Colors.darker(l.eyes(), 0.75));
        b.dab(circle(x - r * 0.3, y - r * 0.4, r * 0.35), Color.WHITE);
        b.dab(oval(x + r * 0.2, y + r * 2, r * 1.8, r), new Color(255, 130, 140, 80));
    }

    private static java.awt.Shape mouth(Mood mood, double x, double y) {
        boolean down = mood == Mood.SAD || mood == Mood.SCARED;
        return down ? new Arc2D.Double(x - 4, y, 8, 5, 30, 120, Arc2D.OPEN)
                : new Arc2D.Double(x - 4, y - 4, 8, 6, 200, 140, Arc2D.OPEN);
    }
}
