package io.storyloom.story.pictures;

import io.storyloom.media.MediaStore;
import io.storyloom.media.PictureVariants;
import io.storyloom.media.StoredMedia;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * A stored picture as an HTTP answer: ETag from its key, cached privately for a year. Asked for with
 * a width ({@code w}), it is a lighter copy: at most that wide, and JPEG when the client's Accept
 * takes it (browsers' does), PNG otherwise.
 */
public final class PictureResponses {

    private PictureResponses() {
    }

    public static ResponseEntity<byte[]> of(MediaStore media, String key, WebRequest request) {
        String etag = "\"" + ImageUrls.version(key) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        var stored = media.get(key).orElseThrow(() -> new ImageNotFoundException("The picture is missing."));
        return ResponseEntity.ok()
                .eTag(etag)
                // Private: these are pictures of somebody's child, not for shared caches.
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .contentType(MediaType.parseMediaType(stored.mediaType()))
                .body(stored.bytes());
    }

    /**
     * @param width the width asked for ({@code w}); null: the picture as stored. Other widths are
     *              rounded up to the next one the page uses ({@link PictureVariants#WIDTHS}).
     */
    public static ResponseEntity<byte[]> of(MediaStore media, PictureVariants variants, String key, Integer width,
            WebRequest request) {
        if (width == null) {
            return of(media, key, request);
        }
        int w = PictureVariants.WIDTHS.stream().sorted().filter(allowed -> allowed >= width).findFirst().orElse(1024);
        boolean jpeg = takesJpeg(request.getHeader(HttpHeaders.ACCEPT));
        String etag = "\"" + ImageUrls.version(key) + "-" + w + (jpeg ? "j" : "p") + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        StoredMedia copy = variants.get(key, w, jpeg).orElseThrow(() -> new ImageNotFoundException("The picture is missing."));
        return ResponseEntity.ok()
                .eTag(etag)
                .varyBy(HttpHeaders.ACCEPT)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .contentType(MediaType.parseMediaType(copy.mediaType()))
                .body(copy.bytes());
    }

    /** True when the Accept header lets JPEG through (no header: anything goes). */
    static boolean takesJpeg(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getQualityValue() > 0 && type.includes(MediaType.IMAGE_JPEG));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
