package io.storyloom.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Lighter copies of stored pictures: a given width (never wider than the original) and JPEG where the
 * client takes it — the JDK writes JPEG but not WebP — and PNG otherwise. Copies are made on first
 * request and kept in memory, bounded by size; the original in the store is never changed.
 */
@Component
public class PictureVariants {

    /** The widths the page asks for: cards and thumbnails, a phone's page, a large screen's page. */
    public static final Set<Integer> WIDTHS = Set.of(320, 640, 1024);
    private static final float JPEG_QUALITY = 0.82f;
    private static final long CACHE_BYTES = 64L * 1024 * 1024;

    private final MediaStore media;
    private final Cache<String, StoredMedia> copies = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((String key, StoredMedia copy) -> copy.bytes().length)
            .build();

    public PictureVariants(MediaStore media) {
        this.media = media;
    }

    /**
     * The picture under the key at that width, as JPEG when {@code jpeg} (pictures with transparency
     * stay PNG), empty when the store has no such picture.
     */
    public Optional<StoredMedia> get(String key, int width, boolean jpeg) {
        String id = key + "|" + width + "|" + (jpeg ? "jpeg" : "png");
        StoredMedia cached = copies.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredMedia> made = media.get(key).map(original -> resize(original, width, jpeg));
        made.ifPresent(copy -> copies.put(id, copy));
        return made;
    }

    static StoredMedia resize(StoredMedia original, int width, boolean jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(original.bytes()));
            if (image == null) {
                return original; // not a picture the JDK reads: served as it is
            }
            boolean opaque = !image.getColorModel().hasAlpha();
            int w = Math.min(width, image.getWidth());
            int h = Math.max(1, Math.round((float) image.getHeight() * w / image.getWidth()));
            BufferedImage scaled = w == image.getWidth() ? image : scale(image, w, h, opaque);
            if (jpeg && opaque) {
                return new StoredMedia(writeJpeg(scaled), "image/jpeg");
            }
            var out = new ByteArrayOutputStream();
            ImageIO.write(scaled, "png", out);
            return new StoredMedia(out.toByteArray(), "image/png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scale(BufferedImage image, int w, int h, boolean opaque) {
        // Halving steps keep detail a single bilinear pass from 1024 to 320 would lose.
        BufferedImage current = image;
        int cw = image.getWidth();
        int ch = image.getHeight();
        do {
            cw = Math.max(w, cw / 2);
            ch = Math.max(h, ch / 2);
            var next = new BufferedImage(cw, ch, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, cw, ch, null);
            g.dispose();
            current = next;
        } while (cw != w || ch != h);
        return current;
    }

    static byte[] writeJpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
