package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;
import static io.storyloom.ai.offline.illustrator.Shapes.polygon;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Things that go: cars, trucks, buses, tractors, trains, planes, bikes, ships, submarines, saucers and
 * sleds, each in a 100-unit-high box standing on the origin (wider than high where the thing is).
 */
final class VehicleShapes {

    private static final Color TYRE = new Color(0x3a3640);
    private static final Color HUB = new Color(0xd8dde4);
    private static final Color GLASS = new Color(0xcfe9f7);

    private VehicleShapes() {
    }

    static boolean draw(Brush b, Prop prop, Color main) {
        switch (prop) {
            case CAR -> car(b, main);
            case TRUCK -> truck(b, main);
            case BUS -> bus(b, main);
            case TRACTOR -> tractor(b, main);
            case TRAIN -> train(b, main);
            case PLANE -> plane(b, main);
            case HELICOPTER -> helicopter(b, main);
            case HOT_AIR_BALLOON -> hotAirBalloon(b, main);
            case BICYCLE -> bicycle(b, main);
            case SCOOTER -> scooter(b, main);
            case SHIP -> ship(b, main);
            case SUBMARINE -> submarine(b, main);
            case UFO -> ufo(b, main);
            case SLED -> sled(b, main);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void wheel(Brush b, double x, double y, double r) {
        b.fill(circle(x, y, r), TYRE);
        b.fill(circle(x, y, r * 0.45), HUB);
    }

    private static void car(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-95, -55, 190, 40, 18, 18), main);
        b.fill(polygon(-55, -55, -35, -92, 40, -92, 62, -55), main);
        b.fill(polygon(-45, -58, -30, -86, -2, -86, -2, -58), GLASS);
        b.fill(polygon(6, -58, 6, -86, 35, -86, 52, -58), GLASS);
        b.fill(circle(88, -42, 6), new Color(0xffe08a));
        wheel(b, -55, -16, 18);
        wheel(b, 55, -16, 18);
    }

    private static void truck(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-110, -88, 140, 68, 8, 8), main);
        b.fill(new RoundRectangle2D.Double(32, -80, 62, 60, 12, 12), Colors.darker(main, 0.12));
        b.fill(new Rectangle2D.Double(48, -74, 34, 24), GLASS);
        b.line(new Line2D.Double(-100, -95, 20, -95), new Color(0xd8dde4), 6);
        for (int i = -90; i <= 10; i += 20) {
            b.line(new Line2D.Double(i, -95, i + 8, -88), new Color(0xd8dde4), 3);
        }
        wheel(b, -70, -18, 18);
        wheel(b, 60, -18, 18);
    }

    private static void bus(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-120, -100, 240, 80, 20, 20), main);
        for (int i = 0; i < 5; i++) {
            b.fill(new RoundRectangle2D.Double(-108 + i * 44, -90, 34, 28, 6, 6), GLASS);
        }
        b.fill(new Rectangle2D.Double(-120, -50, 240, 6), Colors.darker(main, 0.25));
        wheel(b, -75, -20, 20);
        wheel(b, 75, -20, 20);
    }

    private static void tractor(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-60, -62, 100, 34, 8, 8), main);
        b.fill(new Rectangle2D.Double(-60, -100, 46, 42), main);
        b.fill(new Rectangle2D.Double(-54, -94, 34, 26), GLASS);
        b.fill(new Rectangle2D.Double(20, -84, 8, 24), TYRE);
        b.fill(circle(-40, -30, 30), TYRE);
        b.fill(circle(-40, -30, 14), new Color(0xf2c445));
        wheel(b, 30, -16, 16);
    }

    private static void train(Brush b, Color main) {
        // The engine, then two carriages behind it.
        b.fill(new RoundRectangle2D.Double(20, -70, 110, 50, 10, 10), main);
        b.fill(new Rectangle2D.Double(20, -100, 44, 34), Colors.darker(main, 0.15));
        b.fill(new Rectangle2D.Double(28, -94, 28, 18), GLASS);
        b.fill(new Rectangle2D.Double(100, -96, 16, 28), TYRE);
        b.fill(polygon(130, -20, 150, -20, 130, -45), new Color(0xf2c445));
        for (int c = 0; c < 2; c++) {
            double x = -200 + c * 108;
            b.fill(new RoundRectangle2D.Double(x, -80, 100, 60, 10, 10), c == 0 ? new Color(0x5b8def)
                    : new Color(0x6cc08b));
            b.fill(new Rectangle2D.Double(x + 10, -72, 34, 22), GLASS);
            b.fill(new Rectangle2D.Double(x + 56, -72, 34, 22), GLASS);
            wheel(b, x + 22, -16, 13);
            wheel(b, x + 78, -16, 13);
        }
        wheel(b, 45, -18, 16);
        wheel(b, 105, -18, 16);
        b.dab(circle(108, -112, 10), new Color(255, 255, 255, 170));
        b.dab(circle(122, -128, 13), new Color(255, 255, 255, 140));
    }

    private static void plane(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-100, -60, 200, 36, 36, 36), main);
        b.fill(polygon(-20, -44, 30, -44, -10, 0, -40, 0), Colors.darker(main, 0.12));
        b.fill(polygon(-100, -50, -80, -50, -96, -96, -112, -96), new Color(0xe5534b));
        for (int i = 0; i < 5; i++) {
            b.fill(circle(-50 + i * 26, -46, 6), GLASS);
        }
        b.fill(polygon(80, -58, 100, -42, 80, -42), GLASS);
    }

    private static void helicopter(Brush b, Color main) {
        b.fill(oval(0, -50, 110, 70), main);
        b.fill(new Rectangle2D.Double(40, -58, 80, 14), main);
        b.fill(oval(-18, -58, 50, 36), GLASS);
        b.line(new Line2D.Double(-90, -95, 90, -95), TYRE, 6);
        b.line(new Line2D.Double(0, -95, 0, -84), TYRE, 6);
        b.line(new Line2D.Double(-40, -4, 40, -4), TYRE, 5);
        b.line(new Line2D.Double(120, -66, 120, -36), TYRE, 4);
    }

    private static void hotAirBalloon(Brush b, Color main) {
        b.fill(oval(0, -68, 84, 92), main);
        b.fill(oval(0, -68, 30, 92), new Color(0xf2c445));
        b.line(new Line2D.Double(-30, -30, -12, -12), new Color(0x6b5b4b), 2);
        b.line(new Line2D.Double(30, -30, 12, -12), new Color(0x6b5b4b), 2);
        b.fill(new RoundRectangle2D.Double(-14, -14, 28, 14, 4, 4), new Color(0xb07a4e));
    }

    private static void bicycle(Brush b, Color main) {
        Color tyre = TYRE;
        b.line(circle(-45, -30, 28), tyre, 6);
        b.line(circle(45, -30, 28), tyre, 6);
        b.line(polygon(-45, -30, -5, -30, 25, -70, -20, -70), main, 7);
        b.line(new Line2D.Double(-5, -30, -25, -80), main, 7);
        b.line(new Line2D.Double(25, -70, 45, -30), main, 7);
        b.line(new Line2D.Double(25, -70, 20, -92), main, 6);
        b.line(new Line2D.Double(10, -92, 32, -92), tyre, 6);
        b.fill(oval(-27, -84, 26, 8), tyre);
    }

    private static void scooter(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-50, -22, 90, 10, 6, 6), main);
        b.line(new Line2D.Double(38, -18, 30, -100), main, 7);
        b.line(new Line2D.Double(18, -100, 42, -100), TYRE, 6);
        wheel(b, -44, -10, 10);
        wheel(b, 40, -10, 10);
    }

    private static void ship(Brush b, Color main) {
        b.fill(polygon(-110, -40, 110, -40, 80, 0, -80, 0), main);
        b.line(new Line2D.Double(0, -40, 0, -150), new Color(0x6b4a34), 6);
        b.fill(polygon(4, -145, 4, -50, 70, -55), new Color(0xf8f6f2));
        b.fill(polygon(-4, -140, -4, -55, -60, -60), new Color(0xf3e6cf));
        b.fill(polygon(0, -150, 26, -142, 0, -134), new Color(0xe5534b));
        for (int i = -70; i <= 60; i += 32) {
            b.fill(circle(i, -22, 6), GLASS);
        }
    }

    private static void submarine(Brush b, Color main) {
        b.fill(oval(0, -40, 200, 70), main);
        b.fill(new RoundRectangle2D.Double(-20, -98, 44, 40, 10, 10), main);
        b.line(new Line2D.Double(10, -98, 10, -118), TYRE, 5);
        b.line(new Line2D.Double(10, -118, 24, -118), TYRE, 5);
        for (int i = -50; i <= 50; i += 40) {
            b.fill(circle(i, -40, 12), GLASS);
            b.line(circle(i, -40, 12), Colors.darker(main, 0.4), 3);
        }
        b.fill(polygon(-100, -40, -125, -65, -125, -15), Colors.darker(main, 0.2));
    }

    private static void ufo(Brush b, Color main) {
        b.fill(oval(0, -50, 60, 50), GLASS);
        b.fill(oval(0, -36, 150, 36), main);
        for (int i = -50; i <= 50; i += 25) {
            b.fill(circle(i, -34, 5), new Color(0xf7d04a));
        }
        b.dab(polygon(-30, -20, 30, -20, 55, 20, -55, 20), new Color(255, 250, 200, 90));
    }

    private static void sled(Brush b, Color main) {
        b.fill(new RoundRectangle2D.Double(-70, -50, 140, 22, 8, 8), main);
        b.line(new Line2D.Double(-50, -28, -50, -10), new Color(0x6b4a34), 6);
        b.line(new Line2D.Double(50, -28, 50, -10), new Color(0x6b4a34), 6);
        b.line(new Line2D.Double(-80, -8, 78, -8), new Color(0x6b4a34), 6);
        b.line(new Line2D.Double(78, -8, 92, -24), new Color(0x6b4a34), 6);
    }
}
