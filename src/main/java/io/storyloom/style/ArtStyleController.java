package io.storyloom.style;

import io.storyloom.story.ArtStyle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/** The art styles a book can be drawn in, each with a small preview picture. Public: no account needed. */
@RestController
@Tag(name = "Art styles", description = "The styles a book can be drawn in, with previews")
class ArtStyleController {

    private final ArtStylePreviews previews;

    ArtStyleController(ArtStylePreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/art-styles")
    @Operation(summary = "Every art style, in the order the page offers them",
            description = "Send the id as art_style in POST /stories/.")
    ResponseEntity<List<ArtStyleView>> list() {
        var styles = Arrays.stream(ArtStyle.values())
                .map(s -> new ArtStyleView(s.id(), s.label(), s.description(),
                        "/art-styles/" + s.id() + "/preview.png?v=" + previews.of(s).version()))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(styles);
    }

    @GetMapping(value = "/art-styles/{id}/preview.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "A small picture in the style", description = "The same friendly scene in every style.")
    ResponseEntity<byte[]> preview(@PathVariable String id, WebRequest request) {
        ArtStyle style = Arrays.stream(ArtStyle.values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no art style '" + id + "'."));
        var preview = previews.of(style);
        String etag = "\"" + preview.version() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .eTag(etag)
                // The list links each preview with its version, so a changed picture has a new address.
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(MediaType.IMAGE_PNG)
                .body(preview.png());
    }

    /**
     * @param previewUrl a small PNG of a friendly scene in this style
     */
    record ArtStyleView(@Schema(example = "watercolor") String id, @Schema(example = "Watercolour") String label,
            String description, @Schema(example = "/art-styles/watercolor/preview.png?v=1a2b3c4d5e6f") String previewUrl) {
    }
}
