package io.storyloom.story.book;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change to a page.
 *
 * @param kind WRITTEN or DRAWN by the generator, EDITED or RESTORED by a person, REDRAWN on a person's request
 */
public record PageRevision(long id, UUID storyId, int page, Kind kind, String textBefore, String textAfter,
        String imageBefore, String imageAfter, String source, String actor, OffsetDateTime changedAt) {

    public enum Kind { WRITTEN, EDITED, RESTORED, DRAWN, REDRAWN }

    boolean changesText() {
        return textAfter != null;
    }
}
