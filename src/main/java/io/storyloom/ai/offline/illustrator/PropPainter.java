package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;
import static io.storyloom.ai.offline.illustrator.Shapes.oval;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws props standing on the ground or floating in the sky as simple, recognisable shapes. Each prop
 * is drawn in a 100-unit box with its bottom centre at the origin, then scaled and placed.
 */
final class PropPainter {

    private static final Color WOOD = new Color(0xb07a4e);
    private static final Color GOLD = new Color(0xf6c945);

    private PropPainter() {
    }

    /**
     * @param x      centre, in page pixels
     * @param bottom bottom edge, in page pixels
     * @param size   height in page pixels
     * @param slot   which palette colour to prefer
     */
    static void paint(Stage s, PropItem item, double x, double bottom, double size, int slot) {
        Brush b = s.brush();
        if (item.kind() == Prop.ANIMAL && item.species() != null) {
            animal(s, item, x, bottom, size);
            return;
        }
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(x, bottom);
        b.graphics().scale(size / 100.0, size / 100.0);
        Prop prop = item.kind();
        Color main = item.color() != null ? s.tints().lit(item.color()) : s.tints().pick(slot, defaultColor(prop));
        if (!VehicleShapes.draw(b, prop, main) && !BuildingShapes.draw(b, prop, main)
                && !ThingShapes.draw(b, prop, main)) {
            draw(b, prop, main, s.time());
        }
        b.graphics().setTransform(saved);
    }

    /** A creature the page names, drawn by the character painters at the prop's size, in its catalogue colour. */
    private static void animal(Stage s, PropItem item, double x, double bottom, double size) {
        Species species = item.species();
        Color body = item.color() != null ? item.color() : species.defaultBody();
        var look = new Appearance(species, body, Colors.lighter(body, 0.55), new Color(0x2b1d14), body,
                Colors.darker(body, 0.2), Hairdo.from(Keywords.of(""), 0), false);
        CharacterPainter.paint(s.brush(), look, Pose.STANDING, s.mood(), x, bottom, size / species.height(),
                x > s.width() / 2, 0);
    }

    private static Color defaultColor(Prop prop) {
        return switch (prop) {
            case BALL -> new Color(0xef6f6c);
            case BOOK -> new Color(0x5b8def);
            case KITE -> new Color(0xf28b82);
            case FLOWER -> new Color(0xff8fab);
            case BOAT -> new Color(0xe0664f);
            case CAKE -> new Color(0xf7a8c4);
            case UMBRELLA -> new Color(0xf2b84b);
            case BALLOON -> new Color(0xef5f6f);
            case HAT -> new Color(0x7a77c9);
            case CUP -> new Color(0x6fb3d9);
            case BUCKET -> new Color(0x4fb0e0);
            case BUTTERFLY -> new Color(0xb39ddb);
            case ROCKET -> new Color(0xe85d5d);
            default -> new Color(0xf2a65a);
        };
    }

    private static void draw(Brush b, Prop prop, Color main, TimeOfDay time) {
        switch (prop) {
            case EGG -> egg(b, 0, main);
            case NEST -> nest(b, main);
            case BALL -> ball(b, main);
            case BOOK -> book(b, main);
            case FLOWER -> {
                b.fill(Shapes.tube(new Line2D.Double(0, 0, 0, -62), 6), new Color(0x5fae5a));
                b.fill(Shapes.rotated(oval(12, -30, 22, 10), -30, 0, -30), new Color(0x5fae5a));
                for (int i = 0; i < 6; i++) {
                    double a = i * Math.PI / 3;
                    b.fill(circle(Math.cos(a) * 17, -72 + Math.sin(a) * 17, 13), main);
                }
                b.fill(circle(0, -72, 12), GOLD);
            }
            case TREE -> {
                b.fill(new RoundRectangle2D.Double(-7, -50, 14, 50, 6, 6), Scenery.BARK);
                b.fill(circle(0, -66, 30), new Color(0x5fae5a));
                b.fill(circle(-18, -50, 20), new Color(0x5fae5a));
                b.fill(circle(18, -50, 20), new Color(0x5fae5a));
                b.dab(circle(-10, -74, 5), new Color(0xe2574c));
                b.dab(circle(12, -58, 5), new Color(0xe2574c));
            }
            case STAR -> {
                Sky.glow(b, 0, -50, 55, new Color(255, 240, 160, 120));
                b.fill(Shapes.star(0, -50, 42, 18, 5), GOLD);
            }
            case BOAT -> {
                b.fill(Shapes.polygon(-50, -30, 50, -30, 36, 0, -36, 0), main);
                b.fill(new Rectangle2D.Double(-2, -95, 4, 66), WOOD);
                b.fill(Shapes.polygon(4, -92, 4, -36, 42, -38), Color.WHITE);
                b.fill(Shapes.polygon(-4, -80, -4, -36, -34, -38), Colors.lighter(main, 0.6));
            }
            case CAKE -> cake(b, main);
            case PUDDLE -> {
                b.fill(oval(0, -8, 100, 16), Colors.alpha(new Color(0x7cc6e8), 0.85));
                b.dab(oval(-14, -10, 30, 4), new Color(255, 255, 255, 150));
            }
            case APPLE -> {
                b.fill(circle(0, -40, 38), new Color(0xe2574c));
                b.fill(Shapes.tube(new Line2D.Double(0, -76, 4, -92), 5), WOOD);
                b.fill(Shapes.rotated(oval(16, -86, 22, 10), -25, 16, -86), new Color(0x5fae5a));
                b.dab(oval(-14, -54, 10, 14), new Color(255, 255, 255, 120));
            }
            case CUP -> {
                b.line(new Arc2D.Double(22, -62, 30, 34, -90, 180, Arc2D.OPEN), main, 5);
                b.fill(new RoundRectangle2D.Double(-34, -72, 62, 72, 18, 18), main);
                b.dab(oval(-3, -70, 56, 10), new Color(0x9c6a48));
                b.line(new Line2D.Double(-12, -82, -8, -98), new Color(255, 255, 255, 150), 2);
            }
            case HAT -> {
                b.fill(oval(0, -10, 100, 20), main);
                b.fill(new RoundRectangle2D.Double(-28, -60, 56, 52, 12, 12), main);
                b.fill(new Rectangle2D.Double(-28, -24, 56, 10), Colors.lighter(main, 0.5));
            }
            case CROWN -> {
                b.fill(Shapes.polygon(-44, 0, -48, -62, -24, -34, 0, -70, 24, -34, 48, -62, 44, 0), GOLD);
                b.fill(circle(0, -22, 7), new Color(0xe2574c));
                b.fill(circle(-26, -18, 5), new Color(0x5b8def));
                b.fill(circle(26, -18, 5), new Color(0x6cc08b));
            }
            case SHELL -> {
                b.fill(Shapes.polygon(0, 0, -44, -40, -30, -70, 0, -80, 30, -70, 44, -40), Colors.lighter(main, 0.4));
                for (int i = -2; i <= 2; i++) {
                    b.line(new Line2D.Double(0, -4, i * 16, -72), Colors.darker(main, 0.2), 2);
                }
            }
            case BUCKET -> {
                b.fill(Shapes.polygon(-34, -64, 34, -64, 26, 0, -26, 0), main);
                b.line(new Arc2D.Double(-34, -92, 68, 60, 0, 180, Arc2D.OPEN), Colors.darker(main, 0.3), 3);
                b.fill(Shapes.rotated(new RoundRectangle2D.Double(34, -90, 8, 80, 4, 4), 18, 38, -10), GOLD);
            }
            case SNOWMAN -> {
                b.fill(circle(0, -28, 28), Color.WHITE);
                b.fill(circle(0, -72, 20), Color.WHITE);
                b.dab(circle(-7, -76, 2.6), Face.INK);
                b.dab(circle(7, -76, 2.6), Face.INK);
                b.fill(Shapes.polygon(0, -70, 0, -64, 16, -67), new Color(0xf5a623));
                b.fill(new RoundRectangle2D.Double(-20, -56, 40, 8, 6, 6), main);
            }
            case LEAF -> {
                b.fill(Shapes.rotated(oval(0, -40, 44, 80), 25, 0, -40), new Color(0xe8954a));
                b.line(new Line2D.Double(-14, -6, 14, -74), Colors.darker(new Color(0xe8954a), 0.3), 2);
            }
            case KEY -> {
                b.fill(circle(-24, -50, 22), GOLD);
                b.dab(circle(-24, -50, 9), Colors.alpha(Color.WHITE, 0.6));
                b.fill(new Rectangle2D.Double(-4, -56, 52, 12), GOLD);
                b.fill(new Rectangle2D.Double(30, -46, 8, 16), GOLD);
                b.fill(new Rectangle2D.Double(42, -46, 6, 12), GOLD);
            }
            case MAP -> {
                b.fill(Shapes.polygon(-48, -70, 48, -76, 44, 0, -44, -4), new Color(0xf4e3b5));
                Path2D.Double trail = new Path2D.Double();
                trail.moveTo(-30, -20);
                trail.curveTo(-10, -60, 10, -10, 26, -52);
                b.line(trail, new Color(0xc0553e), 2.5);
                b.line(new Line2D.Double(20, -58, 32, -46), new Color(0xc0553e), 3);
                b.line(new Line2D.Double(32, -58, 20, -46), new Color(0xc0553e), 3);
            }
            case TEDDY -> {
                Color fur = new Color(0xc8955e);
                b.fill(circle(-18, -82, 10), fur);
                b.fill(circle(18, -82, 10), fur);
                b.fill(oval(0, -26, 56, 52), fur);
                b.fill(circle(0, -66, 26), fur);
                b.fill(oval(0, -58, 20, 14), new Color(0xf0d8b8));
                b.dab(circle(-9, -70, 3), Face.INK);
                b.dab(circle(9, -70, 3), Face.INK);
                b.dab(oval(0, -61, 8, 5), Face.INK);
                b.fill(Shapes.polygon(0, -40, -12, -46, -12, -34), main);
                b.fill(Shapes.polygon(0, -40, 12, -46, 12, -34), main);
            }
            case BASKET -> {
                b.line(new Arc2D.Double(-34, -90, 68, 70, 0, 180, Arc2D.OPEN), new Color(0xa0703c), 5);
                b.fill(Shapes.polygon(-46, -54, 46, -54, 34, 0, -34, 0), new Color(0xd6a15c));
                for (int i = -2; i <= 2; i++) {
                    b.line(new Line2D.Double(i * 16, -54, i * 12, 0), new Color(0xa0703c), 2);
                }
                b.fill(new Rectangle2D.Double(-46, -58, 92, 10), main);
            }
            case TREASURE -> {
                b.fill(new RoundRectangle2D.Double(-46, -50, 92, 50, 6, 6), WOOD);
                b.fill(new Arc2D.Double(-46, -78, 92, 56, 0, 180, Arc2D.CHORD), Colors.darker(WOOD, 0.15));
                b.fill(new Rectangle2D.Double(-46, -54, 92, 8), GOLD);
                b.fill(new Rectangle2D.Double(-6, -58, 12, 18), GOLD);
                if (time != TimeOfDay.DAY) {
                    Sky.glow(b, 0, -55, 40, new Color(255, 220, 120, 90));
                }
            }
            case RAINBOW -> FloatingProps.rainbow(b);
            case BUTTERFLY -> FloatingProps.butterfly(b, main);
            case ROCKET -> FloatingProps.rocket(b, main);
            case CLOUD -> {
                Sky.cloud(b, 0, -55, 28, new Color(0xf2f6fb));
                for (int i = -1; i <= 1; i++) {
                    b.dab(oval(i * 18, -8 - Math.abs(i) * 6, 5, 10), new Color(0x7cb6e8));
                }
            }
            case BALLOON -> FloatingProps.balloon(b, main);
            case KITE -> FloatingProps.kite(b, main);
            case UMBRELLA -> FloatingProps.umbrella(b, main);
            case LANTERN -> FloatingProps.lantern(b, time);
            case WAND -> {
                b.fill(Shapes.tube(new Line2D.Double(0, 0, 0, -70), 6), new Color(0x8a6a4a));
                b.fill(Shapes.star(0, -80, 22, 9, 5), GOLD);
            }
            case GIFT -> gift(b, main);
        }
    }

    static void egg(Brush b, double x, Color main) {
        Path2D.Double egg = new Path2D.Double();
        egg.moveTo(x, -100);
        egg.curveTo(x + 30, -100, x + 40, -30, x + 36, -22);
        egg.curveTo(x + 32, 0, x - 32, 0, x - 36, -22);
        egg.curveTo(x - 40, -30, x - 30, -100, x, -100);
        egg.closePath();
        Color shell = Colors.mix(new Color(0xfff6e6), main, 0.25);
        b.fill(egg, shell);
        b.dab(circle(x - 12, -60, 6), Colors.alpha(main, 0.6));
        b.dab(circle(x + 14, -38, 8), Colors.alpha(main, 0.6));
        b.dab(circle(x + 6, -76, 4), Colors.alpha(main, 0.6));
    }

    private static void nest(Brush b, Color main) {
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(0, -20);
        b.graphics().scale(0.55, 0.55);
        egg(b, -22, main);
        egg(b, 26, Colors.lighter(main, 0.3));
        b.graphics().setTransform(saved);
        b.fill(new Arc2D.Double(-50, -44, 100, 46, 180, 180, Arc2D.CHORD), new Color(0xb5895a));
        for (int i = 0; i < 5; i++) {
            b.line(new Line2D.Double(-44 + i * 18, -20 + (i % 2) * 8, -30 + i * 18, -10 - (i % 2) * 6),
                    new Color(0x8a6238), 2);
        }
    }

    private static void ball(Brush b, Color main) {
        b.fill(circle(0, -50, 48), main);
        b.dab(new Rectangle2D.Double(-48, -58, 96, 14), Colors.lighter(main, 0.75));
        b.line(circle(0, -50, 48), Colors.darker(main, 0.2), 0.8);
        b.dab(oval(-18, -72, 18, 12), new Color(255, 255, 255, 140));
    }

    private static void book(Brush b, Color main) {
        b.fill(Shapes.polygon(-50, -36, 0, -26, 50, -36, 50, 0, 0, 8, -50, 0), main);
        b.fill(Shapes.polygon(-46, -42, 0, -32, 0, 2, -46, -6), new Color(0xfffbf0));
        b.fill(Shapes.polygon(46, -42, 0, -32, 0, 2, 46, -6), new Color(0xfffbf0));
        Color line = new Color(0xb8b0a0);
        for (int i = 0; i < 3; i++) {
            b.line(new Line2D.Double(-38, -30 + i * 8, -8, -24 + i * 8), line, 1);
            b.line(new Line2D.Double(8, -24 + i * 8, 38, -30 + i * 8), line, 1);
        }
    }

    private static void cake(Brush b, Color main) {
        b.fill(oval(0, -4, 100, 12), new Color(0xf4f4f8));
        b.fill(new RoundRectangle2D.Double(-40, -50, 80, 46, 10, 10), main);
        Path2D.Double icing = new Path2D.Double();
        icing.moveTo(-40, -50);
        for (int i = 0; i < 4; i++) {
            icing.quadTo(-30 + i * 20, -24, -20 + i * 20, -42);
        }
        icing.lineTo(40, -50);
        icing.closePath();
        b.fill(icing, Color.WHITE);
        for (int i = -1; i <= 1; i++) {
            b.fill(new Rectangle2D.Double(i * 18 - 3, -74, 6, 24), new Color(0x8ab4f8));
            b.dab(oval(i * 18, -80, 8, 12), new Color(0xffb84d));
        }
    }

    private static void gift(Brush b, Color main) {
        b.fill(new Rectangle2D.Double(-40, -64, 80, 64), main);
        b.fill(new Rectangle2D.Double(-46, -74, 92, 16), Colors.lighter(main, 0.15));
        Color ribbon = Colors.luminance(main) > 0.6 ? new Color(0xe2574c) : new Color(0xfff3c4);
        b.fill(new Rectangle2D.Double(-6, -74, 12, 74), ribbon);
        b.fill(Shapes.rotated(oval(-14, -80, 26, 14), 20, -14, -80), ribbon);
        b.fill(Shapes.rotated(oval(14, -80, 26, 14), -20, 14, -80), ribbon);
    }
}
