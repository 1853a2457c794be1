package io.storyloom.story;

import io.storyloom.design.SceneMoment;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One page of a book.
 *
 * @param sceneMoment the moment its picture shows; {@code null} until chosen
 * @param imagePrompt the full prompt the picture was drawn from; {@code null} until composed
 * @param imageKey    the picture in the media store; {@code null} until drawn
 * @param source      {@code AI} or {@code USER}: who wrote the current text
 */
public record Page(
        UUID storyId,
        int number,
        String text,
        SceneMoment sceneMoment,
        String imagePrompt,
        String imageKey,
        Long imageSeed,
        String source,
        String updatedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public boolean hasImage() {
        return imageKey != null;
    }
}
