package io.storyloom.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Tells what kind of image some bytes are, by their signature and by whether they decode. */
public final class MediaTypes {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    /** A page's narration. */
    public static final String MP3 = "audio/mpeg";

    private MediaTypes() {
    }

    /** The image type of the bytes, or empty when they are not a PNG, JPEG or WebP image. */
    public static Optional<String> imageTypeOf(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return Optional.empty();
        }
        if ((bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return decodes(bytes) ? Optional.of(PNG) : Optional.empty();
        }
        if ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return decodes(bytes) ? Optional.of(JPEG) : Optional.empty();
        }
        if (bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of(WEBP); // the JDK cannot decode WebP; the signature has to do
        }
        return Optional.empty();
    }

    /** The file extension of an image type, or of a narration. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case JPEG -> "jpg";
            case WEBP -> "webp";
            case MP3 -> "mp3";
            default -> "png";
        };
    }

    static String fromKey(String key) {
        if (key.endsWith(".mp3")) {
            return MP3;
        }
        if (key.endsWith(".jpg")) {
            return JPEG;
        }
        return key.endsWith(".webp") ? WEBP : PNG;
    }

    /** Reads the header far enough to know the picture's size: cheap, and catches truncated files. */
    private static boolean decodes(byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return false;
            }
            var reader = readers.next();
            try {
                reader.setInput(input);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
