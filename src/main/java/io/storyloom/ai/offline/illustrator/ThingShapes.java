package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.polygon;

import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Small things of the catalogue: food, toys, sea creatures, nature and the sky, plus two big animals. */
final class ThingShapes {

    private static final Color LEAF = new Color(0x5fae5a);
    private static final Color INK = new Color(0x3a3640);

    private ThingShapes() {
    }

    static boolean draw(Brush b, Prop prop, Color main) {
        switch (prop) {
            case CRAB -> crab(b, main);
            case OCTOPUS -> octopus(b, main);
            case STARFISH -> b.fill(Shapes.star(0, -40, 42, 18, 5), main);
            case BANANA -> {
                b.fill(new Arc2D.Double(-50, -110, 100, 100, 200, 140, Arc2D.CHORD), main);
                b.fill(new Arc2D.Double(-40, -100, 80, 70, 200, 140, Arc2D.CHORD), Colors.lighter(main, 0.35));
            }
            case CARROT -> {
                b.fill(polygon(-16, -80, 16, -80, 0, 0), main);
                b.fill(polygon(-4, -80, -14, -100, 0, -86, 12, -102, 4, -80), LEAF);
            }
            case PUMPKIN -> {
                b.fill(oval(-22, -40, 50, 76), Colors.darker(main, 0.1));
                b.fill(oval(22, -40, 50, 76), Colors.darker(main, 0.1));
                b.fill(oval(0, -40, 56, 80), main);
                b.fill(new Rectangle2D.Double(-4, -90, 8, 14), new Color(0x6b8a3a));
            }
            case PIE -> {
                b.fill(new Arc2D.Double(-50, -40, 100, 60, 180, 180, Arc2D.CHORD), new Color(0xd9a05b));
                b.fill(oval(0, -12, 100, 34), main);
                b.line(new Line2D.Double(-30, -12, 30, -12), Colors.darker(main, 0.25), 3);
            }
            case COOKIE -> {
                b.fill(circle(0, -40, 40), main);
                for (int i = 0; i < 6; i++) {
                    b.fill(circle(-20 + (i * 17) % 40, -60 + (i * 23) % 40, 5), new Color(0x5a3825));
                }
            }
            case BREAD -> {
                b.fill(new RoundRectangle2D.Double(-60, -56, 120, 56, 40, 40), main);
                for (int x = -30; x <= 30; x += 30) {
                    b.line(new Line2D.Double(x - 8, -46, x + 8, -30), Colors.darker(main, 0.3), 3);
                }
            }
            case PIZZA -> {
                b.fill(circle(0, -40, 44), new Color(0xd9a05b));
                b.fill(circle(0, -40, 38), main);
                for (int i = 0; i < 6; i++) {
                    double a = i * Math.PI / 3;
                    b.fill(circle(Math.cos(a) * 22, -40 + Math.sin(a) * 22, 7), new Color(0xd9483b));
                }
            }
            case ICE_CREAM -> {
                b.fill(polygon(-18, -56, 18, -56, 0, 0), new Color(0xe0b070));
                b.fill(circle(0, -66, 22), main);
                b.fill(circle(0, -90, 16), new Color(0xfff3d6));
            }
            case SANDWICH -> {
                b.fill(polygon(-50, -10, 50, -10, 0, -80), new Color(0xf3e6cf));
                b.fill(polygon(-44, -18, 44, -18, 0, -70), LEAF);
                b.fill(polygon(-40, -24, 40, -24, 0, -64), main);
            }
            case JAR -> {
                b.fill(new RoundRectangle2D.Double(-34, -76, 68, 76, 20, 20), main);
                b.fill(new Rectangle2D.Double(-28, -88, 56, 14), new Color(0xe5534b));
                b.fill(new Rectangle2D.Double(-20, -54, 40, 24), new Color(0xfff7e6));
            }
            case BLOCKS -> {
                Color[] colours = {main, new Color(0xef6f6c), new Color(0xf2c445), new Color(0x6cc08b)};
                for (int i = 0; i < 4; i++) {
                    double x = i < 2 ? -34 + i * 34 : -17 + (i - 2) * 34;
                    double y = i < 2 ? -32 : -64;
                    b.fill(new RoundRectangle2D.Double(x - 16, y, 32, 32, 4, 4), colours[i]);
                }
                b.fill(new RoundRectangle2D.Double(-16, -96, 32, 32, 4, 4), new Color(0x9b6bd3));
            }
            case DRUM -> {
                b.fill(new Rectangle2D.Double(-40, -64, 80, 56), main);
                b.fill(oval(0, -64, 80, 20), new Color(0xf8f6f2));
                b.line(polygon(-40, -56, -20, -14, 0, -56, 20, -14, 40, -56), new Color(0xf2c445), 3);
            }
            case GUITAR -> {
                b.fill(circle(0, -28, 28), main);
                b.fill(circle(0, -62, 20), main);
                b.fill(circle(0, -32, 9), INK);
                b.fill(new Rectangle2D.Double(-5, -110, 10, 50), new Color(0x6b4a34));
            }
            case EASEL -> {
                b.line(new Line2D.Double(-30, 0, 0, -100), new Color(0x9a6b47), 5);
                b.line(new Line2D.Double(30, 0, 0, -100), new Color(0x9a6b47), 5);
                b.fill(new Rectangle2D.Double(-40, -88, 80, 60), main);
                b.fill(circle(-14, -62, 10), new Color(0xf2c445));
                b.fill(polygon(-30, -34, -6, -58, 14, -40, 32, -60, 32, -34), new Color(0x6cc08b));
                b.fill(new Rectangle2D.Double(-44, -30, 88, 5), new Color(0x9a6b47));
            }
            case TELESCOPE -> {
                b.line(new Line2D.Double(0, 0, -20, -50), INK, 4);
                b.line(new Line2D.Double(0, 0, 20, -50), INK, 4);
                b.fill(Shapes.rotated(new RoundRectangle2D.Double(-50, -64, 100, 22, 10, 10), -25, 0, -52), main);
            }
            case SPROUT -> {
                b.fill(oval(0, -4, 60, 14), new Color(0x8a5a2b));
                b.line(new Line2D.Double(0, -4, 0, -70), LEAF, 5);
                b.fill(Shapes.rotated(oval(-18, -60, 36, 16), 25, -18, -60), LEAF);
                b.fill(Shapes.rotated(oval(18, -74, 36, 16), -25, 18, -74), LEAF);
            }
            case ROCK -> {
                b.fill(polygon(-50, 0, -40, -40, -10, -60, 30, -52, 50, -20, 48, 0), main);
                b.dab(polygon(-30, -40, -10, -54, 10, -50), Colors.lighter(main, 0.35));
            }
            case MUSHROOM -> {
                b.fill(new Rectangle2D.Double(-12, -50, 24, 50), new Color(0xfbf0dc));
                b.fill(new Arc2D.Double(-45, -95, 90, 90, 0, 180, Arc2D.CHORD), main);
                b.fill(circle(-18, -70, 7), Color.WHITE);
                b.fill(circle(16, -76, 6), Color.WHITE);
            }
            case LOG -> {
                b.fill(new RoundRectangle2D.Double(-60, -44, 120, 44, 20, 20), main);
                b.fill(oval(52, -22, 26, 44), new Color(0xe9c98f));
                b.line(circle(52, -22, 8), Colors.darker(main, 0.2), 2);
            }
            case CACTUS -> {
                b.fill(new RoundRectangle2D.Double(-14, -100, 28, 100, 28, 28), main);
                b.fill(new RoundRectangle2D.Double(-44, -70, 14, 36, 14, 14), main);
                b.fill(new Rectangle2D.Double(-44, -44, 34, 12), main);
                b.fill(new RoundRectangle2D.Double(30, -84, 14, 40, 14, 14), main);
                b.fill(new Rectangle2D.Double(10, -56, 34, 12), main);
                b.fill(circle(0, -104, 7), new Color(0xf58fb5));
            }
            case SEAWEED -> {
                for (int i = -1; i <= 1; i++) {
                    Path2D.Double frond = new Path2D.Double();
                    frond.moveTo(i * 16, 0);
                    frond.curveTo(i * 16 - 20, -30, i * 16 + 20, -60, i * 16, -100 + Math.abs(i) * 20);
                    b.line(frond, main, 9);
                }
            }
            case ANCHOR -> {
                b.line(new Line2D.Double(0, -90, 0, -10), main, 9);
                b.line(new Arc2D.Double(-40, -50, 80, 50, 180, 180, Arc2D.OPEN), main, 9);
                b.line(circle(0, -96, 9), main, 5);
                b.line(new Line2D.Double(-22, -72, 22, -72), main, 8);
            }
            case SUN -> {
                for (int i = 0; i < 12; i++) {
                    double a = i * Math.PI / 6;
                    b.line(new Line2D.Double(Math.cos(a) * 36, -50 + Math.sin(a) * 36, Math.cos(a) * 50,
                            -50 + Math.sin(a) * 50), main, 6);
                }
                b.fill(circle(0, -50, 30), main);
            }
            case SNOWFLAKE -> {
                for (int i = 0; i < 3; i++) {
                    double a = i * Math.PI / 3;
                    b.line(new Line2D.Double(-Math.cos(a) * 40, -50 - Math.sin(a) * 40, Math.cos(a) * 40,
                            -50 + Math.sin(a) * 40), main, 6);
                }
                b.fill(circle(0, -50, 8), main);
            }
            case MOON -> {
                b.fill(circle(0, -50, 40), main);
                b.dab(circle(-12, -60, 8), Colors.darker(main, 0.12));
                b.dab(circle(14, -36, 6), Colors.darker(main, 0.12));
            }
            case PLANET -> {
                b.fill(circle(0, -50, 34), main);
                b.line(oval(0, -50, 110, 24), Colors.lighter(main, 0.4), 6);
                b.fill(new Arc2D.Double(-34, -84, 68, 68, 0, 180, Arc2D.CHORD), main);
            }
            case ELEPHANT -> elephant(b, main);
            case GIRAFFE -> giraffe(b, main);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void crab(Brush b, Color main) {
        for (int i = -1; i <= 1; i += 2) {
            for (int leg = 0; leg < 3; leg++) {
                b.line(new Line2D.Double(i * 20, -20, i * (44 + leg * 6), -4 - leg * 8), main, 5);
            }
            b.fill(circle(i * 46, -62, 12), main);
            b.line(new Line2D.Double(i * 24, -36, i * 42, -54), main, 6);
        }
        b.fill(oval(0, -30, 70, 44), main);
        b.fill(circle(-10, -56, 6), Color.WHITE);
        b.fill(circle(10, -56, 6), Color.WHITE);
        b.fill(circle(-10, -56, 3), INK);
        b.fill(circle(10, -56, 3), INK);
    }

    private static void octopus(Brush b, Color main) {
        for (int i = 0; i < 6; i++) {
            double x = -40 + i * 16;
            Path2D.Double arm = new Path2D.Double();
            arm.moveTo(x * 0.6, -40);
            arm.curveTo(x, -20, x * 1.3, -10, x * 1.2 + (i % 2 == 0 ? 10 : -10), 0);
            b.line(arm, main, 9);
        }
        b.fill(oval(0, -66, 70, 64), main);
        b.fill(circle(-13, -62, 7), Color.WHITE);
        b.fill(circle(13, -62, 7), Color.WHITE);
        b.fill(circle(-13, -62, 3.5), INK);
        b.fill(circle(13, -62, 3.5), INK);
    }

    private static void elephant(Brush b, Color main) {
        Color dark = Colors.darker(main, 0.15);
        for (int x : new int[] {-40, -18, 18, 36}) {
            b.fill(new RoundRectangle2D.Double(x - 9, -40, 18, 40, 8, 8), dark);
        }
        b.fill(oval(0, -56, 110, 64), main);
        b.fill(circle(52, -74, 26), main);
        b.fill(oval(34, -72, 28, 40), dark);
        Path2D.Double trunk = new Path2D.Double();
        trunk.moveTo(70, -70);
        trunk.curveTo(86, -50, 84, -24, 92, -16);
        b.line(trunk, main, 12);
        b.fill(circle(60, -80, 3.5), INK);
    }

    private static void giraffe(Brush b, Color main) {
        Color spot = new Color(0xb0702e);
        for (int x : new int[] {-30, -16, 16, 30}) {
            b.fill(new Rectangle2D.Double(x - 4, -46, 8, 46), main);
        }
        b.fill(oval(0, -52, 80, 34), main);
        b.fill(Shapes.tube(new Line2D.Double(28, -56, 44, -104), 16), main);
        b.fill(oval(50, -108, 30, 18), main);
        b.line(new Line2D.Double(44, -116, 42, -126), spot, 3);
        b.fill(circle(54, -110, 2.5), INK);
        for (int i = 0; i < 6; i++) {
            b.dab(circle(-24 + i * 10, -54 + (i % 2) * 8, 4.5), spot);
        }
    }
}
