package io.storyloom.story.status;

import io.storyloom.story.Story;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** How far a story is, as the status API and its event stream answer. JSON is snake_case. */
public final class StatusViews {

    private StatusViews() {
    }

    public record Progress(
            @Schema(example = "2") int pagesDone,
            @Schema(example = "6") int pagesTotal) {

        public static Progress of(Story s) {
            return new Progress(s.pagesDone(), s.pagesTotal());
        }
    }

    /** The answer to {@code GET /stories/{id}/status}. */
    public record Status(
            @Schema(example = "GENERATING_PAGE_IMAGE_3") String status,
            @Schema(example = "Drawing the picture for page 3") String statusMessage,
            Progress progress,
            OffsetDateTime updatedAt) {

        public static Status of(Story s) {
            return new Status(s.status(), s.statusMessage(), Progress.of(s), s.updatedAt());
        }
    }
}
