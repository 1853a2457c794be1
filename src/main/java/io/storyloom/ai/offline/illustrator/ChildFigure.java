package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A friendly front-facing person: big head, hair in the hair colour, eyes in the eye colour, outfit in
 * the outfit colour and shoes and scarf in the accent colour. Drawn about 100 units tall with the
 * feet at the origin; the caller scales and places it. Adults get longer legs and body.
 */
final class ChildFigure {

    private final Brush b;
    private final Appearance look;
    private final Pose pose;
    private final Mood mood;

    // Proportions in drawing units.
    private final double headR;
    private final double legLen;
    private final double torso;

    ChildFigure(Brush brush, Appearance look, Pose pose, Mood mood) {
        this.b = brush;
        this.look = look;
        this.pose = pose;
        this.mood = mood;
        boolean adult = look.species() == Species.ADULT;
        this.headR = adult ? 15.5 : 20;
        this.legLen = adult ? 30 : 20;
        this.torso = adult ? 34 : 29;
    }

    /** Draws the figure and tells where its hands are. */
    Hands draw() {
        Graphics2D g = b.graphics();
        boolean sitting = pose == Pose.SITTING;
        double legTop = -(5 + legLen);
        double drop = sitting ? legLen * 0.65 : 0;
        double hem = legTop + 2 + drop;
        double shoulder = hem - torso;
        double headY = shoulder - headR * 0.78;

        legs(legTop, sitting);
        if (look.hairdo() == Hairdo.LONG) {
            longHairBehind(headY);
        }
        body(shoulder, hem);
        Point2D right = arm(+1, shoulder, rightArmAngle());
        arm(-1, shoulder, leftArmAngle());
        scarf(shoulder);
        head(headY);

        AffineTransform t = g.getTransform();
        return new Hands(t.transform(right, null), t.transform(new Point2D.Double(0, headY - headR - 4), null));
    }

    private double rightArmAngle() {
        return switch (pose) {
            case WAVING -> 132;
            case CHEERING -> 128;
            case POINTING -> 84;
            case JUMPING -> 120;
            case RUNNING -> 55;
            case SITTING -> 38;
            case STANDING -> 20;
        };
    }

    private double leftArmAngle() {
        return switch (pose) {
            case CHEERING -> 128;
            case JUMPING -> 118;
            case RUNNING -> 32;
            case SITTING -> 38;
            default -> 20;
        };
    }

    private void legs(double legTop, boolean sitting) {
        Color trousers = Colors.darker(look.outfit(), 0.32);
        Color shoes = look.accent();
        if (sitting) {
            // Legs stretched towards us: short foreshortened legs and big soles.
            for (int side = -1; side <= 1; side += 2) {
                double x = side * 8.5;
                b.fill(new RoundRectangle2D.Double(x - 4.5, -12, 9, 10, 6, 6), trousers);
                b.fill(new Ellipse2D.Double(x - 6.5, -7, 13, 8.5), shoes);
            }
            return;
        }
        double spread = switch (pose) {
            case RUNNING -> 24;
            case JUMPING -> 14;
            default -> 3;
        };
        for (int side = -1; side <= 1; side += 2) {
            double hipX = side * 5;
            AffineTransform rot = AffineTransform.getRotateInstance(Math.toRadians(-side * spread), hipX, legTop);
            Shape leg = rot.createTransformedShape(new RoundRectangle2D.Double(hipX - 3.7, legTop, 7.4, legLen + 1, 5, 5));
            b.fill(leg, trousers);
            Point2D foot = rot.transform(new Point2D.Double(hipX + side * 1.5, legTop + legLen + 1.5), null);
            b.fill(new Ellipse2D.Double(foot.getX() - 6, foot.getY() - 3.5, 12, 7), shoes);
        }
    }

    /** One arm rotated {@code angle} degrees outwards from hanging straight down; returns the hand. */
    private Point2D arm(int side, double shoulder, double angle) {
        double len = torso * 0.78;
        double px = side * 11.5 * (torso / 29.0) * 0.95;
        double py = shoulder + 3;
        double a = Math.toRadians(-side * angle);
        AffineTransform rot = AffineTransform.getRotateInstance(a, px, py);
        b.fill(rot.createTransformedShape(new RoundRectangle2D.Double(px - 3.8, py - 2, 7.6, len, 7, 7)),
                look.outfit());
        Point2D hand = rot.transform(new Point2D.Double(px, py + len + 1), null);
        b.fill(new Ellipse2D.Double(hand.getX() - 4.3, hand.getY() - 4.3, 8.6, 8.6), look.skin());
        return hand;
    }

    private void body(double shoulder, double hem) {
        double sw = 11.5 * (torso / 29.0);
        Path2D.Double tunic = new Path2D.Double();
        tunic.moveTo(-sw, shoulder + 1);
        tunic.quadTo(0, shoulder - 3, sw, shoulder + 1);
        tunic.quadTo(sw + 2, shoulder + 4, sw + 5, hem - 1);
        tunic.quadTo(0, hem + 4, -sw - 5, hem - 1);
        tunic.quadTo(-sw - 2, shoulder + 4, -sw, shoulder + 1);
        tunic.closePath();
        b.fill(tunic, look.outfit());
        // A pocket and buttons in the accent colour make the outfit read as clothing.
        double mid = (shoulder + hem) / 2;
        b.dab(new Ellipse2D.Double(-1.4, mid - 3, 2.8, 2.8), Colors.alpha(Colors.lighter(look.outfit(), 0.55), 0.9));
        b.dab(new Ellipse2D.Double(-1.4, mid + 3, 2.8, 2.8), Colors.alpha(Colors.lighter(look.outfit(), 0.55), 0.9));
    }

    private void scarf(double shoulder) {
        Color accent = look.accent();
        b.fill(new RoundRectangle2D.Double(-10.5, shoulder - 3.5, 21, 7, 6, 6), accent);
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(-12), 6, shoulder + 2);
        b.fill(tilt.createTransformedShape(new RoundRectangle2D.Double(3.5, shoulder + 1, 6, 13, 4, 4)), accent);
    }

    private void head(double headY) {
        Graphics2D g = b.graphics();
        AffineTransform saved = g.getTransform();
        g.translate(0, headY);
        g.scale(headR / 20.0, headR / 20.0);
        Color skin = look.skin();
        b.fill(new Ellipse2D.Double(-23.5, -4, 7, 9), skin);
        b.fill(new Ellipse2D.Double(16.5, -4, 7, 9), skin);
        Hairdo hairdo = look.hairdo();
        if (hairdo == Hairdo.PIGTAILS) {
            pigtails();
        }
        b.fill(new Ellipse2D.Double(-20, -20, 40, 40), skin);
        hairCap(hairdo);
        Face.draw(b, look.eyes(), mood, 1.0, 1.5, 10.0, true);
        if (look.glasses()) {
            Color frame = new Color(0x4a3a3a);
            b.pen(Shapes.circle(-7.2, 1.5, 5.2), frame, 1.1);
            b.pen(Shapes.circle(7.2, 1.5, 5.2), frame, 1.1);
            b.pen(new java.awt.geom.Line2D.Double(-2, 1, 2, 1), frame, 1.1);
        }
        g.setTransform(saved);
    }

    private void longHairBehind(double headY) {
        Graphics2D g = b.graphics();
        AffineTransform saved = g.getTransform();
        g.translate(0, headY);
        g.scale(headR / 20.0, headR / 20.0);
        b.fill(new RoundRectangle2D.Double(-23, -22, 46, 52, 26, 26), look.hair());
        g.setTransform(saved);
    }

    private void pigtails() {
        for (int side = -1; side <= 1; side += 2) {
            b.fill(new Ellipse2D.Double(side * 22 - 8, -6, 16, 18), look.hair());
            b.fill(new Ellipse2D.Double(side * 17 - 3.5, -9, 7, 7), look.accent());
        }
    }

    /** The hair on top of the head with a scalloped fringe. Head is radius 20 at the origin. */
    private void hairCap(Hairdo hairdo) {
        Color hair = look.hair();
        if (hairdo == Hairdo.CURLY) {
            // Curls around the crown.
            for (int i = 0; i <= 8; i++) {
                double a = Math.toRadians(190 + i * 20);
                double x = Math.cos(a) * 19;
                double y = Math.sin(a) * 19;
                b.fill(new Ellipse2D.Double(x - 7, y - 7, 14, 14), hair);
            }
        }
        if (hairdo == Hairdo.BUN) {
            b.fill(new Ellipse2D.Double(-8, -32, 16, 15), hair);
            b.fill(new RoundRectangle2D.Double(-6, -21.5, 12, 4, 3, 3), look.accent());
        }
        Path2D.Double cap = new Path2D.Double();
        cap.moveTo(-21, 4);
        cap.curveTo(-24, -14, -13, -23.5, 0, -23.5);
        cap.curveTo(13, -23.5, 24, -14, 21, 4);
        cap.quadTo(19, -6, 14, -9);
        cap.quadTo(10, -4, 6, -10);
        cap.quadTo(1, -5, -3, -10.5);
        cap.quadTo(-8, -5, -12, -10);
        cap.quadTo(-18, -7, -21, 4);
        cap.closePath();
        b.fill(cap, hair);
        // A soft shine strand.
        b.pen(new java.awt.geom.Arc2D.Double(-14, -20, 16, 14, 100, 60, java.awt.geom.Arc2D.OPEN),
                Colors.alpha(Colors.lighter(hair, 0.45), 0.7), 1.6);
    }
}
