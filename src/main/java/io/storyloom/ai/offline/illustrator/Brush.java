package io.storyloom.ai.offline.illustrator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/**
 * Puts one shape on the page the way the current art style would: outlined gouache, bold cartoon ink,
 * layered cut paper with shadows, translucent watercolour washes, waxy crayon or pencil hatching.
 * Every painter draws through a brush, so changing the style never touches the drawings themselves.
 * Widths are given in nominal pixels of a 576-pixel-high page and kept constant under any transform.
 */
final class Brush {

    private final Graphics2D g;
    private final PaintStyle style;
    private final double pixelScale;
    private final SplittableRandom random;

    /**
     * @param pixelScale how many device pixels one nominal pixel is (page size over 576, times any
     *                   downscale the pixel style renders at)
     */
    Brush(Graphics2D g, PaintStyle style, double pixelScale, long seed) {
        this.g = g;
        this.style = style;
        this.pixelScale = pixelScale;
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    Graphics2D graphics() {
        return g;
    }

    /** A main shape: body, hill, house. Filled and outlined in the style. */
    void fill(Shape shape, Color color) {
        paint(shape, adapt(color), true);
    }

    /** A shape in the style but without an outline: grass, clouds, soft background masses. */
    void tint(Shape shape, Color color) {
        paint(shape, adapt(color), false);
    }

    /** A tiny detail (pupil, highlight, star) drawn exactly, whatever the style. */
    void dab(Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    /** A drawn line such as a mouth, a string or whiskers. */
    void line(Shape path, Color color, double nominalWidth) {
        Stroke old = g.getStroke();
        g.setStroke(round(nominalWidth));
        g.setColor(style == PaintStyle.PENCIL ? Colors.mix(color, new Color(0x4a4a4a), 0.3) : color);
        g.draw(path);
        g.setStroke(old);
    }

    /** A line whose width belongs to the drawing (scales with it), e.g. a mouth on a face. */
    void pen(Shape path, Color color, double width) {
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) Math.max(width, units(0.6)), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.setColor(color);
        g.draw(path);
        g.setStroke(old);
    }

    /** A vertical gradient for skies, water and walls. */
    void gradient(Shape shape, Color top, Color bottom) {
        Rectangle2D b = shape.getBounds2D();
        Color t = adapt(top);
        Color u = adapt(bottom);
        if (style == PaintStyle.PIXEL || style == PaintStyle.PAPER_CUT || style == PaintStyle.CARTOON) {
            bands(shape, b, t, u, style == PaintStyle.PIXEL ? 6 : 4);
        } else {
            g.setPaint(new GradientPaint(0f, (float) b.getMinY(), t, 0f, (float) b.getMaxY(), u));
            g.fill(shape);
        }
        if (style == PaintStyle.PENCIL || style == PaintStyle.CRAYON) {
            hatch(shape, Colors.alpha(Colors.darker(u, 0.15), 0.25), style == PaintStyle.PENCIL ? 4.0 : 5.0,
                    style == PaintStyle.PENCIL ? 0.8 : 1.6, 0.85);
        }
    }

    /** Converts nominal pixels to the units of the current transform. */
    double units(double nominalPixels) {
        AffineTransform t = g.getTransform();
        double scale = Math.sqrt(Math.abs(t.getDeterminant()));
        return nominalPixels * pixelScale / (scale == 0 ? 1 : scale);
    }

    private void paint(Shape shape, Color color, boolean outline) {
        switch (style) {
            case STORYBOOK -> gouache(shape, color, outline);
            case CARTOON -> cartoon(shape, color, outline);
            case PAPER_CUT -> paperCut(shape, color);
            case WATERCOLOR -> watercolor(shape, color, outline);
            case CRAYON -> crayon(shape, color, outline);
            case PENCIL -> pencil(shape, color, outline);
            case PIXEL -> pixel(shape, color, outline);
        }
    }

    private Color adapt(Color c) {
        return switch (style) {
            case CARTOON -> Colors.saturate(c, 0.18);
            case WATERCOLOR -> Colors.lighter(c, 0.06);
            case PENCIL -> Colors.lighter(c, 0.10);
            default -> c;
        };
    }

    // Opaque paint with a soft shade at the bottom; the top half keeps the exact colour so a
    // character's colours stay true from page to page.
    private void gouache(Shape shape, Color color, boolean outline) {
        g.setColor(color);
        g.fill(shape);
        Rectangle2D b = shape.getBounds2D();
        g.setPaint(new GradientPaint(0f, (float) b.getCenterY(), Colors.alpha(color, 0),
                0f, (float) b.getMaxY(), Colors.alpha(Colors.darker(color, 0.5), 0.28)));
        g.fill(shape);
        if (outline) {
            stroke(shape, Colors.alpha(Colors.mix(Colors.darker(color, 0.6), new Color(0x3b2a20), 0.5), 0.9), 1.7);
        }
    }

    private void cartoon(Shape shape, Color color, boolean outline) {
        g.setColor(color);
        g.fill(shape);
        if (outline) {
            stroke(shape, new Color(0x1b1720), 3.0);
        }
    }

    // Flat card with a cast shadow and a pale cut edge.
    private void paperCut(Shape shape, Color color) {
        double dx = units(2.2);
        double dy = units(3.2);
        AffineTransform saved = g.getTransform();
        g.translate(dx, dy);
        g.setColor(new Color(0, 0, 0, 34));
        g.fill(shape);
        g.translate(-dx * 0.45, -dy * 0.45);
        g.setColor(new Color(0, 0, 0, 30));
        g.fill(shape);
        g.setTransform(saved);
        g.setColor(color);
        g.fill(shape);
        stroke(shape, Colors.alpha(Colors.lighter(color, 0.35), 0.55), 0.9);
    }

    // A nearly opaque wash plus a shifted translucent one gives uneven, bleeding edges; a thin darker
    // rim imitates pigment pooling where a wash dries.
    private void watercolor(Shape shape, Color color, boolean outline) {
        AffineTransform saved = g.getTransform();
        g.setColor(Colors.alpha(color, 0.84));
        g.fill(shape);
        g.translate(units(random.nextDouble(-2.0, 2.0)), units(random.nextDouble(-2.0, 2.0)));
        g.setColor(Colors.alpha(Colors.darker(color, 0.06), 0.38));
        g.fill(shape);
        g.setTransform(saved);
        if (outline) {
            stroke(shape, Colors.alpha(Colors.darker(color, 0.35), 0.55), 1.5);
        }
    }

    private void crayon(Shape shape, Color color, boolean outline) {
        g.setColor(Colors.alpha(color, 0.82));
        g.fill(shape);
        hatch(shape, Colors.alpha(Colors.darker(color, 0.22), 0.45), 3.4, 1.5, 1.1);
        hatch(shape, Colors.alpha(Colors.lighter(color, 0.25), 0.30), 5.0, 1.2, -0.5);
        if (outline) {
            sketchy(shape, Colors.alpha(Colors.darker(color, 0.4), 0.85), 2.0, 1.2);
        }
    }

    private void pencil(Shape shape, Color color, boolean outline) {
        // A coloured-pencil fill: a light layer of the colour, then firm hatching over it (half paper read as pale).
        g.setColor(Colors.mix(color, style.paper(), 0.3));
        g.fill(shape);
        hatch(shape, Colors.alpha(Colors.darker(color, 0.2), 0.8), 2.8, 0.8, 0.8);
        if (outline) {
            Color graphite = new Color(0x45, 0x42, 0x40, 170);
            sketchy(shape, graphite, 1.0, 0.9);
            sketchy(shape, Colors.alpha(graphite, 0.35), 0.8, 1.4);
        }
    }

    private void pixel(Shape shape, Color color, boolean outline) {
        g.setColor(color);
        g.fill(shape);
        if (outline) {
            stroke(shape, Colors.darker(color, 0.55), 1.0);
        }
    }

    private void bands(Shape shape, Rectangle2D b, Color top, Color bottom, int count) {
        Shape oldClip = g.getClip();
        g.clip(shape);
        double step = b.getHeight() / count;
        for (int i = 0; i < count; i++) {
            g.setColor(Colors.mix(top, bottom, count == 1 ? 0 : i / (count - 1.0)));
            g.fill(new Rectangle2D.Double(b.getX(), b.getY() + i * step, b.getWidth(), step + 1));
        }
        g.setClip(oldClip);
    }

    /** Parallel strokes clipped to the shape; {@code slope} is dy/dx of the strokes. */
    private void hatch(Shape shape, Color color, double spacingPx, double widthPx, double slope) {
        Rectangle2D b = shape.getBounds2D();
        double spacing = units(spacingPx);
        if (spacing <= 0 || b.isEmpty()) {
            return;
        }
        Path2D.Double lines = new Path2D.Double();
        double rise = slope * b.getWidth();
        double start = Math.min(b.getMinY(), b.getMinY() - rise);
        double end = Math.max(b.getMaxY(), b.getMaxY() - rise);
        for (double y = start; y <= end; y += spacing) {
            double wobble = random.nextDouble(-0.3, 0.3) * spacing;
            lines.moveTo(b.getMinX(), y + wobble);
            lines.lineTo(b.getMaxX(), y + rise + wobble);
        }
        Shape oldClip = g.getClip();
        g.clip(shape);
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) units(widthPx), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.setColor(color);
        g.draw(lines);
        g.setStroke(old);
        g.setClip(oldClip);
    }

    private void stroke(Shape shape, Color color, double nominalWidth) {
        Stroke old = g.getStroke();
        g.setStroke(round(nominalWidth));
        g.setColor(color);
        g.draw(shape);
        g.setStroke(old);
    }

    /** A hand-drawn outline: the shape's edge with every point nudged a little. */
    private void sketchy(Shape shape, Color color, double nominalWidth, double wobblePx) {
        double wobble = units(wobblePx);
        double flatness = Math.max(units(1.5), 1e-3);
        Path2D.Double path = new Path2D.Double();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null, flatness); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            double x = c[0] + random.nextDouble(-wobble, wobble);
            double y = c[1] + random.nextDouble(-wobble, wobble);
            switch (type) {
                case PathIterator.SEG_MOVETO -> path.moveTo(x, y);
                case PathIterator.SEG_LINETO -> path.lineTo(x, y);
                case PathIterator.SEG_CLOSE -> path.closePath();
                default -> { }
            }
        }
        stroke(path, color, nominalWidth);
    }

    private BasicStroke round(double nominalWidth) {
        return new BasicStroke((float) units(nominalWidth), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
