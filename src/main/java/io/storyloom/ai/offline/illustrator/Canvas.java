package io.storyloom.ai.offline.illustrator;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Makes the image a painter draws on, with the brush for the art style. The pixel style is drawn
 * small without anti-aliasing and blown up with nearest-neighbour scaling, so its pixels are real
 * blocks; every other style is drawn at full size.
 */
final class Canvas {

    /** Draws into a canvas whose logical size is the page size, whatever its real resolution. */
    @FunctionalInterface
    interface Painter {
        void paint(Brush brush, double width, double height);
    }

    private Canvas() {
    }

    static BufferedImage draw(int width, int height, PaintStyle style, long seed, Painter painter) {
        double nominal = Math.max(0.5, Math.min(width, height) / 576.0);
        if (style != PaintStyle.PIXEL) {
            BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = prepare(page, style, true);
            try {
                painter.paint(new Brush(g, style, nominal, seed), width, height);
            } finally {
                g.dispose();
            }
            return page;
        }
        int block = (int) Math.max(2, Math.round(Math.min(width, height) / 110.0));
        int sw = (width + block - 1) / block;
        int sh = (height + block - 1) / block;
        BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = prepare(small, style, false);
        try {
            g.scale(1.0 / block, 1.0 / block);
            painter.paint(new Brush(g, style, nominal / block, seed), width, height);
        } finally {
            g.dispose();
        }
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D big = page.createGraphics();
        big.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        big.drawImage(small, 0, 0, sw * block, sh * block, null);
        big.dispose();
        return page;
    }

    private static Graphics2D prepare(BufferedImage image, PaintStyle style, boolean smooth) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                smooth ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        g.setColor(style.paper());
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }
}
