package io.storyloom.ai.offline.illustrator;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The pixels of an image the illustrator made itself, as the array Java2D draws into: row by row, one int a
 * pixel ({@code 0xRRGGBB} for a page, {@code 0xAARRGGBB} for a texture tile). Reading and writing them there
 * skips {@link BufferedImage#getRGB}'s colour model, a call per pixel, which was a third of the painting.
 */
final class Pixels {

    private Pixels() {
    }

    static int[] of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_INT_ARGB) {
            throw new IllegalArgumentException("Not an int-per-pixel image: type " + image.getType());
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
