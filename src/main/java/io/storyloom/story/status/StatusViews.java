package io.storyloom.story.status;

import io.storyloom.story.Story;
import io.storyloom.story.StoryStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

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

    /** A "progress" event of the status stream: pages finished between two statuses, and each page's state. */
    public record ProgressUpdate(int pagesDone, int pagesTotal, List<PageState> pages) {
    }

    /** One page's picture: waiting, being painted, or done. */
    public record PageState(
            @Schema(example = "3") int number,
            @Schema(allowableValues = {PageStates.WAITING, PageStates.PAINTING, PageStates.DONE},
                    example = PageStates.PAINTING) String state) {
    }

    /** The answer to {@code GET /stories/{id}/status}. */
    public record Status(
            @Schema(example = "GENERATING_PAGE_IMAGE_3") String status,
            @Schema(example = "Drawing the picture for page 3") String statusMessage,
            Progress progress,
            @Schema(description = "Each page's picture in page order: several are painted at once, so the status "
                    + "names only the last one begun") List<PageState> pages,
            @Schema(description = "True when the parent stopped the book (POST /stories/{id}/cancel) rather than "
                    + "it failing on its own; POST /stories/{id}/retry continues it") boolean stopped,
            OffsetDateTime updatedAt) {

        public Status(String status, String statusMessage, Progress progress, List<PageState> pages,
                OffsetDateTime updatedAt) {
            this(status, statusMessage, progress, pages, StoryStatus.isStoppedByParent(status, statusMessage), updatedAt);
        }

        public static Status of(Story s, PageStates pages) {
            return new Status(s.status(), s.statusMessage(), Progress.of(s), pages.of(s), s.updatedAt());
        }
    }
}
