package io.storyloom.ai.offline.illustrator;

import static io.storyloom.ai.offline.illustrator.Shapes.circle;

import java.awt.Color;
import java.awt.RadialGradientPaint;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/** The sky for the time of day: gradient, sun or moon and stars, and soft clouds. */
final class Sky {

    private Sky() {
    }

    static void paint(Stage s, double bottom) {
        Brush b = s.brush();
        TimeOfDay time = s.time();
        boolean rainy = Weather.rainy(s.words());
        Color top = s.tints().sky(time.skyTop());
        Color low = s.tints().sky(time.skyBottom());
        b.gradient(new Rectangle2D.Double(0, 0, s.width(), bottom + 2),
                rainy ? Weather.overcast(top) : top, rainy ? Weather.overcast(low) : low);
        double u = s.unit();
        if (rainy) {
            for (int i = 0; i < 5; i++) {
                cloud(b, s.width() * (i + s.between(0.1, 0.9)) / 5, bottom * s.between(0.1, 0.35),
                        u * s.between(7, 10), Weather.overcast(new Color(0xc8d0dc)));
            }
            return;
        }
        double lightX = switch (time) {
            case NIGHT, DAY -> s.width() * s.between(0.68, 0.88);
            case SUNSET -> s.width() * s.between(0.6, 0.8);
            case MORNING -> s.width() * s.between(0.12, 0.3);
        };
        switch (time) {
            case NIGHT -> {
                stars(s, bottom, 40);
                moon(b, lightX, bottom * 0.28, 7 * u);
            }
            case SUNSET -> sun(b, lightX, bottom - 4 * u, 11 * u, new Color(0xffd27a));
            case MORNING -> sun(b, lightX, bottom * 0.45, 7 * u, new Color(0xfff1b8));
            case DAY -> sun(b, lightX, bottom * 0.22, 7 * u, new Color(0xffe680));
        }
        if (time != TimeOfDay.NIGHT) {
            int clouds = 2 + s.random().nextInt(3);
            for (int i = 0; i < clouds; i++) {
                double x = s.width() * (i + s.between(0.1, 0.9)) / clouds;
                if (Math.abs(x - lightX) < 16 * u) {
                    // Keep the sun visible: slide the cloud aside.
                    x += x < lightX ? -16 * u : 16 * u;
                }
                double y = bottom * s.between(0.12, 0.5);
                cloud(b, x, y, u * s.between(5, 8), time == TimeOfDay.SUNSET ? new Color(0xffd9d0) : Color.WHITE);
            }
        }
    }

    static void stars(Stage s, double bottom, int count) {
        Brush b = s.brush();
        double u = s.unit();
        for (int i = 0; i < count; i++) {
            double x = s.random().nextDouble(0, s.width());
            double y = s.random().nextDouble(0, bottom * 0.85);
            double r = u * s.between(0.3, 0.7);
            if (i % 6 == 0) {
                b.dab(Shapes.star(x, y, r * 2.6, r, 4), new Color(0xfff5c8));
            } else {
                b.dab(circle(x, y, r), new Color(255, 250, 220, 150 + s.random().nextInt(100)));
            }
        }
    }

    static void moon(Brush b, double x, double y, double r) {
        glow(b, x, y, r * 3, new Color(255, 250, 220, 70));
        Area crescent = new Area(circle(x, y, r));
        crescent.subtract(new Area(circle(x + r * 0.55, y - r * 0.25, r * 0.9)));
        b.fill(crescent, new Color(0xfff3c4));
    }

    static void sun(Brush b, double x, double y, double r, Color core) {
        glow(b, x, y, r * 2.6, Colors.alpha(core, 0.55));
        b.tint(circle(x, y, r), core);
    }

    static void glow(Brush b, double x, double y, double r, Color inner) {
        b.graphics().setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) r,
                new float[] {0f, 1f}, new Color[] {inner, Colors.alpha(inner, 0)}));
        b.graphics().fill(circle(x, y, r));
    }

    /** A puffy cloud of overlapping circles, {@code r} the size of its middle puff. */
    static void cloud(Brush b, double x, double y, double r, Color color) {
        Area puff = new Area(circle(x, y, r));
        puff.add(new Area(circle(x - r * 1.1, y + r * 0.35, r * 0.7)));
        puff.add(new Area(circle(x + r * 1.15, y + r * 0.3, r * 0.75)));
        puff.add(new Area(circle(x + r * 0.4, y - r * 0.35, r * 0.75)));
        puff.add(new Area(new Rectangle2D.Double(x - r * 1.1, y + r * 0.3, r * 2.25, r * 0.75)));
        b.tint(puff, Colors.alpha(color, 0.92));
    }
}
