package io.storyloom.story;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.VisualProfile;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A story as stored: the request, the state of its generation and what the generator has written so far.
 *
 * @param status            a {@link StoryStatus} wire code, e.g. {@code GENERATING_PAGE_IMAGE_2}
 * @param attempt           how many times generation was (re)started; a retry starts a new attempt
 * @param meta              the generated title's meta, {@code null} until the outline is written
 * @param visualProfile     the characters' look, {@code null} until designed
 * @param baseStyle         the book's art direction, {@code null} until designed
 * @param referenceImageKey the character reference picture in the media store, {@code null} until drawn
 * @param error             what went wrong, for the log and support; never shown as HTML
 * @param usage             what making it has cost at the providers so far
 */
public record Story(
        UUID id,
        UUID ownerId,
        String status,
        String statusMessage,
        int pagesTotal,
        int pagesDone,
        int attempt,
        ChildProfile child,
        String companion,
        String idea,
        String lesson,
        ArtStyle artStyle,
        String language,
        long seed,
        String title,
        StoryMeta meta,
        VisualProfile visualProfile,
        BaseStyle baseStyle,
        String referenceImageKey,
        String error,
        String source,
        String updatedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime completedAt,
        Usage usage) {

    public Story {
        usage = usage == null ? Usage.NONE : usage;
    }

    /** A story nothing has been spent on yet. */
    public Story(UUID id, UUID ownerId, String status, String statusMessage, int pagesTotal, int pagesDone, int attempt,
            ChildProfile child, String companion, String idea, String lesson, ArtStyle artStyle, String language,
            long seed, String title, StoryMeta meta, VisualProfile visualProfile, BaseStyle baseStyle, String referenceImageKey,
            String error, String source, String updatedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            OffsetDateTime completedAt) {
        this(id, ownerId, status, statusMessage, pagesTotal, pagesDone, attempt, child, companion, idea, lesson,
                artStyle, language, seed, title, meta, visualProfile, baseStyle, referenceImageKey, error, source,
                updatedBy, createdAt, updatedAt, completedAt, Usage.NONE);
    }

    /** Tokens, language model calls, pictures and characters read aloud spent on a story, all attempts together. */
    public record Usage(long promptTokens, long completionTokens, int textCalls, int images, long narratedCharacters) {

        public static final Usage NONE = new Usage(0, 0, 0, 0, 0);
    }

    /** The same story with its outline's title and meta, as they are about to be saved. */
    public Story withOutline(String newTitle, StoryMeta newMeta) {
        return new Story(id, ownerId, status, statusMessage, pagesTotal, pagesDone, attempt, child, companion, idea,
                lesson, artStyle, language, seed, newTitle, newMeta, visualProfile, baseStyle, referenceImageKey, error,
                source, updatedBy, createdAt, updatedAt, completedAt, usage);
    }

    public StoryStatus statusKind() {
        return StoryStatus.ofCode(status);
    }

    public boolean hasOutline() {
        return meta != null;
    }
}
