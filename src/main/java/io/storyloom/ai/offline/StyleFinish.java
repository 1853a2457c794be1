package io.storyloom.ai.offline;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Whole-page touches that belong to a style rather than to a shape: paper grain, soft bleeding. */
final class StyleFinish {

    private StyleFinish() {
    }

    static void apply(BufferedImage page, ArtStyle style) {
        int w = page.getWidth();
        int h = page.getHeight();
        Graphics2D g = page.createGraphics();
        try {
            double grainScale = Math.max(1.0, Math.min(w, h) / 576.0);
            switch (style) {
                case WATERCOLOR -> {
                    soften(g, page, 0.45);
                    PaperTexture.blotches(g, w, h, 0.10);
                    PaperTexture.grain(g, w, h, 0.07, grainScale);
                }
                case CRAYON -> {
                    PaperTexture.tooth(g, w, h, 0.10, grainScale);
                    PaperTexture.grain(g, w, h, 0.05, grainScale);
                }
                case PENCIL -> PaperTexture.grain(g, w, h, 0.08, grainScale);
                case STORYBOOK -> PaperTexture.grain(g, w, h, 0.035, grainScale * 1.5);
                case PAPER_CUT -> PaperTexture.grain(g, w, h, 0.045, grainScale * 2);
                case CARTOON, PIXEL -> { }
            }
        } finally {
            g.dispose();
        }
    }

    /** Blends in a blurred copy (made by scaling down and up) so colours bleed into each other. */
    private static void soften(Graphics2D g, BufferedImage page, double amount) {
        int w = page.getWidth();
        int h = page.getHeight();
        int sw = Math.max(1, w / 4);
        int sh = Math.max(1, h / 4);
        BufferedImage half = scaled(page, Math.max(1, w / 2), Math.max(1, h / 2));
        BufferedImage quarter = scaled(half, sw, sh);
        Composite old = g.getComposite();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) amount));
        g.drawImage(quarter, 0, 0, w, h, null);
        g.setComposite(old);
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
