package io.storyloom.ai.offline.illustrator;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/** Whole-page touches that belong to a style rather than to a shape: paper grain, soft bleeding. */
final class StyleFinish {

    private StyleFinish() {
    }

    static void apply(BufferedImage page, PaintStyle style) {
        int w = page.getWidth();
        int h = page.getHeight();
        Graphics2D g = page.createGraphics();
        try {
            double grainScale = Math.max(1.0, Math.min(w, h) / 576.0);
            // Fewer wax flecks on small pictures, where each fleck covers more of the drawing.
            double fleckDensity = 0.06 * Math.clamp(Math.min(w, h) / 576.0, 0.25, 1.0);
            // Each style's own palette first, so the styles differ at a glance, not only up close.
            recolour(page, style);
            switch (style) {
                case WATERCOLOR -> {
                    soften(g, page, 0.32);
                    PaperTexture.blotches(g, w, h, 0.12);
                    PaperTexture.grain(g, w, h, 0.07, grainScale);
                    paperEdge(g, w, h);
                }
                case CRAYON -> {
                    PaperTexture.tooth(g, w, h, fleckDensity, grainScale);
                    PaperTexture.grain(g, w, h, 0.05, grainScale);
                }
                case PENCIL -> PaperTexture.grain(g, w, h, 0.08, grainScale);
                case STORYBOOK -> PaperTexture.grain(g, w, h, 0.035, grainScale * 1.5);
                case PAPER_CUT -> { }
                case CARTOON, PIXEL -> { }
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * The palette of a style: watercolour washes paler towards the paper, crayon and cartoon are bolder,
     * pencil is nearly grey graphite, paper cut is a few flat tones per colour, pixel art is blocky.
     */
    private static void recolour(BufferedImage page, PaintStyle style) {
        int w = page.getWidth();
        int h = page.getHeight();
        if (style == PaintStyle.PIXEL) {
            pixelate(page, Math.max(2, Math.min(w, h) / 60));
            return;
        }
        if (style == PaintStyle.STORYBOOK) {
            return;
        }
        // A page has far fewer colours than pixels (flat fills, repeated strokes): each colour is recoloured once,
        // remembered in a small table, and the pixels are changed where they lie.
        int[] pixels = Pixels.of(page);
        int[] from = new int[RECOLOUR_TABLE];
        int[] to = new int[RECOLOUR_TABLE];
        from[0] = 1; // every empty slot holds a colour that belongs to another slot, so it never matches
        float[] hsb = new float[3];
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            int slot = (rgb * 0x9E3779B1 >>> 20) & (RECOLOUR_TABLE - 1);
            if (from[slot] != rgb) {
                from[slot] = rgb;
                to[slot] = recoloured(rgb | OPAQUE, style, hsb) & ~OPAQUE;
            }
            pixels[i] = to[slot];
        }
    }

    /** The alpha of an opaque colour: a page's pixels hold none, {@link Color}'s methods give and take it. */
    private static final int OPAQUE = 0xff000000;

    private static final int RECOLOUR_TABLE = 4096; // a power of two: the slot is the hash's top bits

    private static int recoloured(int rgb, PaintStyle style, float[] hsb) {
        Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, hsb);
        float sat = hsb[1];
        float bri = hsb[2];
        switch (style) {
            case WATERCOLOR -> {
                sat *= 0.7f;
                bri = 0.25f + bri * 0.78f;
            }
            case CRAYON -> sat = Math.min(1f, sat * 1.35f);
            case CARTOON -> {
                sat = Math.min(1f, sat * 1.4f + 0.04f);
                bri = Math.min(1f, bri * 1.04f);
            }
            case PENCIL -> {
                // Graphite with a hint of colour, its darks pressed harder so the page is not pale.
                sat *= 0.45f;
                bri = 0.5f + (bri - 0.5f) * 1.3f;
            }
            case PAPER_CUT -> {
                // Flat tones of coloured paper: fewer shades, never greyer nor darker than the colour
                // was (rounding a pale sky down made grey bands across it).
                sat = Math.max(sat, Math.round(Math.min(1f, sat * 1.25f) * 3) / 3f);
                bri = (float) Math.ceil(bri * 5) / 5f;
            }
            default -> {
                return rgb;
            }
        }
        return Color.HSBtoRGB(hsb[0], Math.clamp(sat, 0f, 1f), Math.clamp(bri, 0f, 1f));
    }

    /** Blocks of one colour each, the colour of the block's middle. */
    private static void pixelate(BufferedImage page, int block) {
        int[] pixels = Pixels.of(page);
        int w = page.getWidth();
        int h = page.getHeight();
        for (int y = 0; y < h; y += block) {
            for (int x = 0; x < w; x += block) {
                int rgb = pixels[Math.min(y + block / 2, h - 1) * w + Math.min(x + block / 2, w - 1)];
                for (int yy = y; yy < Math.min(y + block, h); yy++) {
                    Arrays.fill(pixels, yy * w + x, yy * w + Math.min(x + block, w), rgb);
                }
            }
        }
    }

    /**
     * Blends in a blurred copy (made by scaling down and up) so colours bleed into each other. The blur
     * is a few pixels whatever the page size, so small previews don't turn to fog.
     */
    private static void soften(Graphics2D g, BufferedImage page, double amount) {
        int w = page.getWidth();
        int h = page.getHeight();
        int factor = (int) Math.max(2, Math.round(Math.min(w, h) / 190.0));
        BufferedImage quarter = scaled(page, Math.max(1, w / factor), Math.max(1, h / factor));
        Composite old = g.getComposite();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) amount));
        g.drawImage(quarter, 0, 0, w, h, null);
        g.setComposite(old);
    }

    /** Washes fade out towards bare paper at the edges of the sheet. */
    private static void paperEdge(Graphics2D g, int w, int h) {
        float r = (float) (Math.hypot(w, h) * 0.56);
        Color paper = PaintStyle.WATERCOLOR.paper();
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w / 2.0, h / 2.0), r, new float[] {0.72f, 1f},
                new Color[] {new Color(paper.getRed(), paper.getGreen(), paper.getBlue(), 0),
                        new Color(paper.getRed(), paper.getGreen(), paper.getBlue(), 180)}));
        g.fillRect(0, 0, w, h);
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
