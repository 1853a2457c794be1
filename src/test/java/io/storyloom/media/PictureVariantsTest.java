package io.storyloom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Lighter copies of pictures: the width asked for (never wider), JPEG where taken, PNG for transparency. */
class PictureVariantsTest {

    private final Map<String, StoredMedia> stored = new HashMap<>();
    private final PictureVariants variants = new PictureVariants(new MediaStore() {
        @Override
        public void put(String key, byte[] bytes, String mediaType) {
            stored.put(key, new StoredMedia(bytes, mediaType));
        }

        @Override
        public Optional<StoredMedia> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void deleteAll(String prefix) {
            stored.keySet().removeIf(k -> k.startsWith(prefix));
        }
    });

    private static byte[] png(int width, int height, boolean transparent) throws IOException {
        var image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, transparent ? new Color(0, 0, 255, 80) : Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage read(StoredMedia media) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(media.bytes()));
    }

    @Test
    void aCardSizedCopyIsAJpegAQuarterAsWideAndFarLighter() throws IOException {
        stored.put("stories/a/page-1.png", new StoredMedia(png(1024, 768, false), "image/png"));
        StoredMedia copy = variants.get("stories/a/page-1.png", 320, true).orElseThrow();
        assertThat(copy.mediaType()).isEqualTo("image/jpeg");
        assertThat(read(copy).getWidth()).isEqualTo(320);
        assertThat(read(copy).getHeight()).isEqualTo(240);
        assertThat(copy.bytes().length).isLessThan(stored.get("stories/a/page-1.png").bytes().length / 4);
        assertThat(variants.get("stories/a/page-1.png", 320, true).orElseThrow()).isSameAs(copy);
    }

    @Test
    void neverWiderThanTheOriginalPngWhereJpegIsNotTakenAndTransparencyKept() throws IOException {
        stored.put("small.png", new StoredMedia(png(320, 240, false), "image/png"));
        stored.put("clear.png", new StoredMedia(png(640, 480, true), "image/png"));
        assertThat(read(variants.get("small.png", 1024, true).orElseThrow()).getWidth()).isEqualTo(320);
        assertThat(variants.get("small.png", 640, false).orElseThrow().mediaType()).isEqualTo("image/png");
        StoredMedia clear = variants.get("clear.png", 320, true).orElseThrow();
        assertThat(clear.mediaType()).isEqualTo("image/png");
        assertThat(read(clear).getColorModel().hasAlpha()).isTrue();
        assertThat(variants.get("missing.png", 320, true)).isEmpty();
    }
}
