package io.storyloom.ai.offline.illustrator;

import java.awt.Graphics2D;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Small seamless tiles of paper grain and crayon tooth, laid over a finished page with a
 * {@link TexturePaint}. Made fresh for each page (they are tiny) so pages share no mutable state,
 * and from a fixed seed so the same page always gets the same grain.
 */
final class PaperTexture {

    private static final int TILE = 128;

    private PaperTexture() {
    }

    /** Fine light-and-dark speckle: the grain of drawing paper. */
    static void grain(Graphics2D g, int width, int height, double strength, double tileScale) {
        SplittableRandom random = new SplittableRandom(0x9A9E12L);
        BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = Pixels.of(tile);
        int maxAlpha = (int) Math.round(255 * strength);
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                boolean dark = random.nextBoolean();
                int a = random.nextInt(maxAlpha + 1);
                int v = dark ? 0x50 : 0xff;
                pixels[y * TILE + x] = (a << 24) | (v << 16) | (v << 8) | v;
            }
        }
        overlay(g, tile, width, height, tileScale);
    }

    /** Sparse white flecks where wax skipped over the paper's tooth. */
    static void tooth(Graphics2D g, int width, int height, double density, double tileScale) {
        SplittableRandom random = new SplittableRandom(0x70_07_44L);
        BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = Pixels.of(tile);
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                if (random.nextDouble() < density) {
                    int a = 70 + random.nextInt(110);
                    pixels[y * TILE + x] = (a << 24) | 0xfffaf0;
                    // Flecks run a little along the stroke direction.
                    if (random.nextBoolean()) {
                        pixels[y * TILE + (x + 1) % TILE] = (a / 2 << 24) | 0xfffaf0;
                    }
                }
            }
        }
        overlay(g, tile, width, height, tileScale);
    }

    /** Large soft blotches: uneven pigment in a watercolour wash. */
    static void blotches(Graphics2D g, int width, int height, double strength) {
        SplittableRandom random = new SplittableRandom(0xB10_7C4L);
        int cells = 8;
        int[] small = new int[cells * cells];
        for (int y = 0; y < cells; y++) {
            for (int x = 0; x < cells; x++) {
                int a = (int) (random.nextDouble() * 255 * strength);
                // Mostly darker pooling, rarely lighter: light blotches read as fog.
                int v = random.nextInt(4) == 0 ? 0xff : 0x70;
                small[y * cells + x] = (a << 24) | (v << 16) | (v << 8) | v;
            }
        }
        // Wrap-around bilinear upscale keeps the tile seamless.
        BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = Pixels.of(tile);
        double step = (double) cells / TILE;
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                pixels[y * TILE + x] = bilinear(small, cells, x * step, y * step);
            }
        }
        overlay(g, tile, width, height, Math.max(width, height) / (double) TILE / 1.5);
    }

    /** The colour at (fx, fy) of an n-by-n grid of colours, blended from its four neighbours, wrapping around. */
    private static int bilinear(int[] grid, int n, double fx, double fy) {
        int x0 = (int) fx;
        int y0 = (int) fy;
        double tx = fx - x0;
        double ty = fy - y0;
        int[] c = {grid[y0 % n * n + x0 % n], grid[y0 % n * n + (x0 + 1) % n],
                grid[(y0 + 1) % n * n + x0 % n], grid[(y0 + 1) % n * n + (x0 + 1) % n]};
        int out = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            double top = lerp(c[0] >>> shift & 0xff, c[1] >>> shift & 0xff, tx);
            double bottom = lerp(c[2] >>> shift & 0xff, c[3] >>> shift & 0xff, tx);
            out |= ((int) Math.round(lerp(top, bottom, ty)) & 0xff) << shift;
        }
        return out;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static void overlay(Graphics2D g, BufferedImage tile, int width, int height, double tileScale) {
        double size = TILE * Math.max(tileScale, 0.25);
        g.setPaint(new TexturePaint(tile, new Rectangle2D.Double(0, 0, size, size)));
        g.fillRect(0, 0, width, height);
    }
}
