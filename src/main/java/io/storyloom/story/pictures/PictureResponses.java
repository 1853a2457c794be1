package io.storyloom.story.pictures;

import io.storyloom.media.MediaStore;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/** A stored picture as an HTTP answer: ETag from its key, cached privately for a year. */
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
}
