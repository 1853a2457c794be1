package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Eyes, brows, cheeks and mouth, drawn on a head of radius 20 centred at the origin (callers
 * transform to place it). Shared by the child and the animals so every face reads the same mood.
 */
final class Face {

    static final Color INK = new Color(0x3a2a2a);
    private static final Color BLUSH = new Color(255, 130, 140, 80);

    private Face() {
    }

    /**
     * @param spread how far apart the eyes sit (1 = a child's face)
     * @param eyeY   height of the eyes relative to the head centre
     * @param mouthY height of the mouth relative to the head centre, or NaN for no mouth (beaks)
     */
    static void draw(Brush b, Color eyeColor, Mood mood, double spread, double eyeY, double mouthY, boolean blush) {
        double ex = 7.2 * spread;
        if (blush) {
            double cheek = Double.isNaN(mouthY) ? eyeY + 6 : mouthY - 2.5;
            b.dab(new Ellipse2D.Double(-ex - 6.5, cheek - 2, 7, 4.2), BLUSH);
            b.dab(new Ellipse2D.Double(ex - 0.5, cheek - 2, 7, 4.2), BLUSH);
        }
        eye(b, -ex, eyeY, eyeColor, mood);
        eye(b, ex, eyeY, eyeColor, mood);
        brows(b, ex, eyeY, mood);
        if (!Double.isNaN(mouthY)) {
            mouth(b, mouthY, mood);
        }
    }

    private static void eye(Brush b, double x, double y, Color color, Mood mood) {
        if (mood == Mood.SLEEPY) {
            b.pen(new Arc2D.Double(x - 3.2, y - 2.5, 6.4, 4.5, 190, 160, Arc2D.OPEN), INK, 1.2);
            return;
        }
        double r = mood == Mood.SCARED || mood == Mood.EXCITED ? 3.6 : 3.2;
        if (mood == Mood.HAPPY || mood == Mood.EXCITED || mood == Mood.CALM) {
            // A white rim makes the eye colour readable even for dark brown eyes.
            b.dab(new Ellipse2D.Double(x - r - 0.6, y - r * 1.15 - 0.6, 2 * r + 1.2, 2.3 * r + 1.2), Color.WHITE);
        }
        b.dab(new Ellipse2D.Double(x - r, y - r * 1.15, 2 * r, 2.3 * r), color);
        double p = r * 0.5;
        b.dab(new Ellipse2D.Double(x - p, y - p * 1.1, 2 * p, 2.2 * p), Colors.darker(color, 0.75));
        b.dab(new Ellipse2D.Double(x - r * 0.55, y - r * 0.95, r * 0.7, r * 0.7), Color.WHITE);
    }

    private static void brows(Brush b, double ex, double eyeY, Mood mood) {
        double y = eyeY - 6.5;
        Color c = Colors.alpha(INK, 0.75);
        switch (mood) {
            case SAD -> {
                b.pen(new Line2D.Double(-ex - 3.5, y + 0.5, -ex + 2.5, y - 1.8), c, 1.1);
                b.pen(new Line2D.Double(ex + 3.5, y + 0.5, ex - 2.5, y - 1.8), c, 1.1);
            }
            case SCARED -> {
                b.pen(new Arc2D.Double(-ex - 3.5, y - 3.5, 7, 4, 20, 140, Arc2D.OPEN), c, 1.1);
                b.pen(new Arc2D.Double(ex - 3.5, y - 3.5, 7, 4, 20, 140, Arc2D.OPEN), c, 1.1);
            }
            case CURIOUS -> b.pen(new Arc2D.Double(ex - 3.5, y - 3.5, 7, 4, 20, 140, Arc2D.OPEN), c, 1.1);
            default -> { }
        }
    }

    private static void mouth(Brush b, double y, Mood mood) {
        switch (mood) {
            case HAPPY -> b.pen(new Arc2D.Double(-5, y - 4, 10, 7, 200, 140, Arc2D.OPEN), INK, 1.3);
            case CALM, SLEEPY -> b.pen(new Arc2D.Double(-3.5, y - 3, 7, 4.5, 210, 120, Arc2D.OPEN), INK, 1.2);
            case EXCITED -> {
                Path2D.Double open = new Path2D.Double();
                open.moveTo(-5.5, y - 1.5);
                open.quadTo(0, y - 0.5, 5.5, y - 1.5);
                open.quadTo(5, y + 6.5, 0, y + 6.5);
                open.quadTo(-5, y + 6.5, -5.5, y - 1.5);
                open.closePath();
                b.dab(open, new Color(0x8c2f39));
                b.dab(new Ellipse2D.Double(-2.8, y + 2.6, 5.6, 3.6), new Color(0xf07f8c));
            }
            case CURIOUS -> b.dab(new Ellipse2D.Double(-1.8, y - 1, 3.6, 3.8), new Color(0x8c2f39));
            case SAD -> b.pen(new Arc2D.Double(-4.5, y, 9, 6, 30, 120, Arc2D.OPEN), INK, 1.3);
            case SCARED -> {
                Path2D.Double wobble = new Path2D.Double();
                wobble.moveTo(-4.5, y + 1.5);
                wobble.quadTo(-2.2, y - 0.5, 0, y + 1.5);
                wobble.quadTo(2.2, y + 3.5, 4.5, y + 1.5);
                b.pen(wobble, INK, 1.2);
            }
        }
    }

    /** Draws the face with a transform that puts a radius-20 head at {@code (cx, cy)} with radius {@code r}. */
    static void at(Brush b, double cx, double cy, double r, Color eyes, Mood mood, boolean blush) {
        AffineTransform saved = b.graphics().getTransform();
        b.graphics().translate(cx, cy);
        b.graphics().scale(r / 20.0, r / 20.0);
        draw(b, eyes, mood, 1.0, 1.0, 10.0, blush);
        b.graphics().setTransform(saved);
    }
}
