package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/** Props a character holds: a balloon or kite on a string, an umbrella overhead, a lantern or wand in hand. */
final class HeldProps {

    private HeldProps() {
    }

    /** Which pose lets the child hold this prop naturally, or the given pose if it already does. */
    static Pose poseFor(Prop prop, Pose pose) {
        if (pose == Pose.SITTING) {
            return pose;
        }
        if (prop.place() == Prop.Place.GROUND) {
            return pose.raisesRightHand() ? pose : Pose.POINTING;
        }
        return switch (prop.place()) {
            case HELD_ALOFT, HELD_OVERHEAD -> pose.raisesRightHand() ? pose : Pose.WAVING;
            case HELD -> pose == Pose.POINTING || pose.raisesRightHand() ? pose : Pose.POINTING;
            default -> pose;
        };
    }

    /**
     * @param height the holder's height in pixels, which sizes the prop
     */
    static void paint(Stage s, PropItem item, Hands hands, double height, int slot) {
        Prop prop = item.kind();
        Point2D hand = hands.right();
        Brush b = s.brush();
        Color stringColor = new Color(90, 80, 80, 200);
        switch (prop) {
            case BALLOON -> {
                double size = height * 0.3;
                double bx = hand.getX() + height * 0.1;
                double by = Math.max(size * 1.05, hand.getY() - height * 0.45);
                Path2D.Double string = new Path2D.Double();
                string.moveTo(hand.getX(), hand.getY());
                string.quadTo(hand.getX() + height * 0.12, (hand.getY() + by) / 2, bx, by);
                b.line(string, stringColor, 1.1);
                PropPainter.paint(s, item, bx, by, size, slot);
            }
            case KITE -> {
                double size = height * 0.32;
                double kx = Math.min(s.width() - size * 0.4, hand.getX() + height * 0.45);
                double ky = Math.max(size * 1.05, Math.min(hand.getY() - height * 0.6, s.height() * 0.38));
                Path2D.Double string = new Path2D.Double();
                string.moveTo(hand.getX(), hand.getY());
                string.quadTo(kx - height * 0.05, hand.getY() - height * 0.05, kx, ky - size * 0.1);
                b.line(string, stringColor, 1.0);
                Path2D.Double tail = new Path2D.Double();
                tail.moveTo(kx, ky - size * 0.1);
                tail.curveTo(kx - size * 0.2, ky + size * 0.3, kx + size * 0.25, ky + size * 0.4, kx, ky + size * 0.8);
                b.line(tail, Colors.darker(s.tints().pick(slot, new Color(0xf28b82)), 0.2), 1.3);
                for (int i = 1; i <= 3; i++) {
                    double t = i / 4.0;
                    double tx = kx + Math.sin(t * 6) * size * 0.08;
                    double ty = ky - size * 0.1 + t * size * 0.9;
                    b.fill(Shapes.polygon(tx - size * 0.08, ty - size * 0.05, tx + size * 0.08, ty + size * 0.05,
                            tx + size * 0.08, ty - size * 0.05, tx - size * 0.08, ty + size * 0.05),
                            s.tints().pick(slot + i, new Color(0xfbd36b)));
                }
                PropPainter.paint(s, item, kx, ky, size, slot);
            }
            case UMBRELLA -> {
                double width = height * 0.7;
                double top = hands.headTop().getY() - width * 0.12;
                double cx = (hand.getX() * 0.6 + hands.headTop().getX() * 0.4);
                b.line(new java.awt.geom.Line2D.Double(cx, top - width * 0.08, hand.getX(), hand.getY() + height * 0.02),
                        new Color(0x6b5b4b), 2.2);
                PropPainter.paint(s, item, cx, top + width * 0.5, width, slot);
            }
            case LANTERN -> {
                double size = height * 0.2;
                PropPainter.paint(s, item, hand.getX(), hand.getY() + size * 0.98, size, slot);
            }
            case WAND -> PropPainter.paint(s, item, hand.getX(), hand.getY() + height * 0.04, height * 0.3, slot);
            default -> PropPainter.paint(s, item, hand.getX(), hand.getY() + height * 0.1, height * 0.2, slot);
        }
    }
}
