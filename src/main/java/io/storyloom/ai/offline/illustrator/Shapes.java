package io.storyloom.ai.offline.illustrator;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** Small geometry helpers the painters share. */
final class Shapes {

    private Shapes() {
    }

    static Ellipse2D.Double circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Ellipse2D.Double oval(double cx, double cy, double w, double h) {
        return new Ellipse2D.Double(cx - w / 2, cy - h / 2, w, h);
    }

    static Shape rotated(Shape s, double degrees, double px, double py) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), px, py).createTransformedShape(s);
    }

    static Path2D.Double polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** A thick curved band (a tail, a neck, a stem) as a fillable outline. */
    static Shape tube(Shape centreLine, double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(centreLine);
    }

    /** A five-pointed star. */
    static Path2D.Double star(double cx, double cy, double outer, double inner, int points) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points * 2; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / points;
            double x = cx + Math.cos(a) * r;
            double y = cy + Math.sin(a) * r;
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
