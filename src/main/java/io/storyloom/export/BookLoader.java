package io.storyloom.export;

import io.storyloom.media.MediaStore;
import io.storyloom.media.MediaTypes;
import io.storyloom.media.PictureVariants;
import io.storyloom.media.StoredMedia;
import io.storyloom.narration.Narrations;
import io.storyloom.narration.PageNarration;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryConflictException;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryNotFoundException;
import io.storyloom.story.StoryStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads a finished story, its pages, their pictures and recordings into a {@link BookSnapshot}. */
@Component
class BookLoader {

    private static final Logger log = LoggerFactory.getLogger(BookLoader.class);

    private final StoryContent content;
    /**
     * Pictures are printed at most about 20 cm wide; 1600 pixels is 200 dpi there. Smaller pictures are
     * kept at their size (never enlarged) and, as JPEG, weigh a tenth of the stored PNG.
     */
    static final int PRINT_WIDTH = 1600;

    private final PictureVariants variants;
    private final MediaStore media;
    private final Narrations narrations;

    BookLoader(StoryContent content, PictureVariants variants, MediaStore media, Narrations narrations) {
        this.content = content;
        this.variants = variants;
        this.media = media;
        this.narrations = narrations;
    }

    /**
     * The book of a COMPLETE story.
     *
     * @throws StoryNotFoundException when there is no such story
     * @throws StoryConflictException when the story is not finished
     */
    BookSnapshot load(UUID storyId) {
        Story story = content.find(storyId).orElseThrow(() -> new StoryNotFoundException(storyId));
        requireComplete(story);
        List<Page> pages = content.pages(storyId);
        Map<Integer, PageNarration> recordings = narrations.current(storyId);

        List<BookSnapshot.BookPage> bookPages = new ArrayList<>();
        for (Page page : pages) {
            var picture = page.hasImage()
                    ? picture(storyId, page.imageKey(), "page-" + page.number(), sceneDescription(page))
                    : null;
            var recording = recordings.get(page.number());
            bookPages.add(new BookSnapshot.BookPage(page.number(), BookText.paragraphs(page.text()), picture,
                    recording == null ? null : narration(storyId, page, recording)));
        }
        String title = BookText.line(story.title());
        return new BookSnapshot(storyId, title.isEmpty() ? "Storyloom" : title, BookText.line(story.child().name()),
                story.language(), lastChange(story, pages), cover(story, bookPages, title), bookPages);
    }

    private static void requireComplete(Story story) {
        StoryStatus status = story.statusKind();
        if (status == StoryStatus.FAILED) {
            throw new StoryConflictException("This book could not be finished, so there is nothing to export yet. "
                    + "Retry it with POST /stories/" + story.id() + "/retry, then export it.");
        }
        if (status != StoryStatus.COMPLETE) {
            throw new StoryConflictException("The book is still being made. "
                    + "Export it once its status is COMPLETE.");
        }
    }

    /** The first page's picture makes the cover; the character reference picture stands in if it is missing. */
    private BookSnapshot.Picture cover(Story story, List<BookSnapshot.BookPage> pages, String title) {
        return pages.stream().map(BookSnapshot.BookPage::picture).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> story.referenceImageKey() == null ? null
                        : picture(story.id(), story.referenceImageKey(), "cover", title));
    }

    /** The stored picture as the books print it: at most {@link #PRINT_WIDTH} wide, as JPEG where opaque. */
    static Optional<StoredMedia> forPrint(PictureVariants variants, String key) {
        return variants.get(key, PRINT_WIDTH, true);
    }

    private BookSnapshot.Picture picture(UUID storyId, String key, String name, String description) {
        StoredMedia stored = forPrint(variants, key).orElse(null);
        if (stored == null) {
            log.warn("Picture {} of story {} is missing from the media store; exporting without it", key, storyId);
            return null;
        }
        int[] size = size(stored.bytes());
        return new BookSnapshot.Picture(name + "." + MediaTypes.extension(stored.mediaType()), stored.bytes(),
                stored.mediaType(), size[0], size[1], description);
    }

    private BookSnapshot.Narration narration(UUID storyId, Page page, PageNarration recording) {
        StoredMedia stored = media.get(recording.audioKey()).orElse(null);
        if (stored == null) {
            log.warn("Recording {} of story {} is missing from the media store; exporting page {} without it",
                    recording.audioKey(), storyId, page.number());
            return null;
        }
        return new BookSnapshot.Narration("page-" + page.number() + "." + MediaTypes.extension(stored.mediaType()),
                stored.bytes(), stored.mediaType(), recording.durationMs(), page.text(), recording.sentences());
    }

    /** Reads only the image header: the exporters need the shape of a picture, not its pixels. */
    private static int[] size(byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (readers.hasNext()) {
                var reader = readers.next();
                try {
                    reader.setInput(input);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not read a picture's size", e);
        }
        return new int[] {0, 0};
    }

    /** What the page's picture shows, from its scene moment; empty when there is none. */
    private static String sceneDescription(Page page) {
        String description = page.sceneMoment() == null ? null : page.sceneMoment().description();
        return description == null ? "" : BookText.line(description);
    }

    private static OffsetDateTime lastChange(Story story, List<Page> pages) {
        return pages.stream().map(Page::updatedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .filter(t -> t.isAfter(story.updatedAt()))
                .orElse(story.updatedAt());
    }
}
