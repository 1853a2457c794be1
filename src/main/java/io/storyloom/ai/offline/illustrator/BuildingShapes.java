package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.polygon;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Places one can go into or onto: houses, a treehouse, tents, towers, barns, igloos, bridges, sandcastles. */
final class BuildingShapes {

    private static final Color WOOD = new Color(0xb07a4e);
    private static final Color GLASS = new Color(0xcfe9f7);
    private static final Color ROOF = new Color(0xc9463d);
    private static final Color LEAVES = new Color(0x5fae5a);

    private BuildingShapes() {
    }

    static boolean draw(Brush b, Prop prop, Color main) {
        switch (prop) {
            case HOUSE -> house(b, main);
            case TREEHOUSE -> treehouse(b, main);
            case TENT -> tent(b, main);
            case LIGHTHOUSE -> lighthouse(b, main);
            case TOWER -> tower(b, main);
            case BARN -> barn(b, main);
            case IGLOO -> igloo(b, main);
            case WINDMILL -> windmill(b, main);
            case BRIDGE -> bridge(b, main);
            case SANDCASTLE -> sandcastle(b, main);
            case LADDER -> ladder(b, main);
            case SWING -> swing(b, main);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void house(Brush b, Color main) {
        b.fill(new Rectangle2D.Double(-40, -62, 80, 62), main);
        b.fill(polygon(-50, -60, 0, -100, 50, -60), ROOF);
        b.fill(new RoundRectangle2D.Double(-9, -32, 18, 32, 8, 8), WOOD);
        b.fill(new Rectangle2D.Double(-32, -50, 16, 16), GLASS);
        b.fill(new Rectangle2D.Double(16, -50, 16, 16), GLASS);
    }

    private static void treehouse(Brush b, Color main) {
        b.fill(new Rectangle2D.Double(-8, -70, 16, 70), Scenery.BARK);
        b.fill(circle(-26, -80, 26), LEAVES);
        b.fill(circle(24, -84, 28), LEAVES);
        b.fill(circle(0, -96, 26), LEAVES);
        // The house sits on a platform in the branches, with a ladder down the trunk.
        b.fill(new Rectangle2D.Double(-30, -64, 60, 5), Colors.darker(main, 0.2));
        b.fill(new Rectangle2D.Double(-22, -86, 44, 22), main);
        b.fill(polygon(-27, -85, 0, -100, 27, -85), ROOF);
        b.fill(new Rectangle2D.Double(-6, -80, 12, 10), GLASS);
        for (int y = -58; y < 0; y += 9) {
            b.line(new Line2D.Double(14, y, 24, y), new Color(0xd9a05b), 2.5);
        }
        b.line(new Line2D.Double(14, -60, 14, 0), new Color(0xd9a05b), 2.5);
        b.line(new Line2D.Double(24, -60, 24, 0), new Color(0xd9a05b), 2.5);
    }

    private static void tent(Brush b, Color main) {
        b.fill(polygon(-70, 0, 0, -90, 70, 0), main);
        b.fill(polygon(-14, 0, 0, -50, 14, 0), Colors.darker(main, 0.35));
        b.line(new Line2D.Double(0, -90, 0, -104), new Color(0x6b4a34), 3);
    }

    private static void lighthouse(Brush b, Color main) {
        b.fill(polygon(-22, 0, -14, -78, 14, -78, 22, 0), main);
        for (int i = 0; i < 3; i++) {
            double y = -18 - i * 22;
            double half = 21 - i * 2.5;
            b.fill(new Rectangle2D.Double(-half, y - 8, half * 2, 8), new Color(0xe5534b));
        }
        b.fill(new Rectangle2D.Double(-11, -92, 22, 14), new Color(0xffe08a));
        b.fill(polygon(-15, -92, 0, -104, 15, -92), new Color(0xe5534b));
    }

    private static void tower(Brush b, Color main) {
        b.fill(new Rectangle2D.Double(-20, -88, 40, 88), main);
        for (int i = -20; i < 20; i += 10) {
            b.fill(new Rectangle2D.Double(i, -96, 6, 10), main);
        }
        b.fill(new RoundRectangle2D.Double(-6, -70, 12, 18, 12, 12), new Color(0x4a3b38));
        b.fill(polygon(0, -96, 0, -112, 16, -104), new Color(0xe5534b));
    }

    private static void barn(Brush b, Color main) {
        b.fill(new Rectangle2D.Double(-55, -60, 110, 60), main);
        b.fill(polygon(-62, -58, -40, -88, 40, -88, 62, -58), Colors.darker(main, 0.25));
        b.fill(new Rectangle2D.Double(-20, -42, 40, 42), new Color(0xf8f6f2));
        b.line(new Line2D.Double(-20, -42, 20, 0), main, 4);
        b.line(new Line2D.Double(20, -42, -20, 0), main, 4);
    }

    private static void igloo(Brush b, Color main) {
        b.fill(new Arc2D.Double(-60, -70, 120, 140, 0, 180, Arc2D.CHORD), main);
        b.fill(new Arc2D.Double(-16, -30, 32, 60, 0, 180, Arc2D.CHORD), new Color(0x4a5a78));
        Color line = Colors.darker(main, 0.15);
        b.line(new Line2D.Double(-56, -20, 56, -20), line, 1.5);
        b.line(new Line2D.Double(-46, -42, 46, -42), line, 1.5);
        b.line(new Line2D.Double(-28, -60, 28, -60), line, 1.5);
    }

    private static void windmill(Brush b, Color main) {
        b.fill(polygon(-20, 0, -12, -70, 12, -70, 20, 0), main);
        b.fill(polygon(-14, -70, 0, -84, 14, -70), ROOF);
        for (int i = 0; i < 4; i++) {
            double a = Math.toRadians(45 + i * 90);
            b.fill(Shapes.rotated(new Rectangle2D.Double(-4, -76 - 44, 8, 44), Math.toDegrees(a), 0, -76),
                    new Color(0xf3e6cf));
        }
        b.fill(circle(0, -76, 4), WOOD);
    }

    private static void bridge(Brush b, Color main) {
        b.fill(new Arc2D.Double(-90, -40, 180, 80, 0, 180, Arc2D.OPEN), main);
        b.fill(new Arc2D.Double(-70, -20, 140, 50, 0, 180, Arc2D.CHORD), new Color(0x7cc6e8));
        for (int x = -80; x <= 80; x += 20) {
            b.line(new Line2D.Double(x, -34 + Math.abs(x) * 0.3, x, -54 + Math.abs(x) * 0.3), WOOD, 3);
        }
    }

    private static void sandcastle(Brush b, Color main) {
        b.fill(new Rectangle2D.Double(-50, -40, 100, 40), main);
        b.fill(new Rectangle2D.Double(-18, -70, 36, 32), main);
        for (int x = -50; x < 50; x += 16) {
            b.fill(new Rectangle2D.Double(x, -48, 8, 8), main);
        }
        b.fill(new RoundRectangle2D.Double(-8, -24, 16, 24, 8, 8), Colors.darker(main, 0.3));
        b.line(new Line2D.Double(0, -70, 0, -96), new Color(0x6b4a34), 2);
        b.fill(polygon(0, -96, 18, -90, 0, -84), new Color(0xe5534b));
    }

    private static void ladder(Brush b, Color main) {
        b.line(new Line2D.Double(-14, 0, -10, -100), main, 5);
        b.line(new Line2D.Double(14, 0, 10, -100), main, 5);
        for (int y = -10; y > -100; y -= 14) {
            b.line(new Line2D.Double(-13, y, 13, y), main, 4);
        }
    }

    private static void swing(Brush b, Color main) {
        Color frame = new Color(0x6a7480);
        b.line(polygon(-60, 0, -45, -100, 45, -100, 60, 0), frame, 6);
        b.line(new Line2D.Double(-15, -100, -15, -30), frame, 2);
        b.line(new Line2D.Double(15, -100, 15, -30), frame, 2);
        b.fill(new RoundRectangle2D.Double(-20, -32, 40, 7, 4, 4), main);
        b.dab(oval(0, -2, 140, 6), new Color(0, 0, 0, 30));
    }
}
