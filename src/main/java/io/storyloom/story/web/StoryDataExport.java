package io.storyloom.story.web;

import io.storyloom.account.AccountDataExporter;
import io.storyloom.media.MediaStore;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.book.PageRevision;
import io.storyloom.story.book.StoryRepository;
import io.storyloom.story.sharing.ShareLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An account's books in its download: each book as {@code GET /stories/{id}} shows it, with its
 * history (statuses and page revisions), its share links (never their tokens) and the files of its
 * pictures, every picture it ever had, under {@code pictures/}. One book at a time.
 */
@Component
class StoryDataExport implements AccountDataExporter {

    private static final Logger log = LoggerFactory.getLogger(StoryDataExport.class);

    private final StoryRepository stories;
    private final StoryContent content;
    private final BookHistory history;
    private final ShareLinks links;
    private final MediaStore media;

    StoryDataExport(StoryRepository stories, StoryContent content, BookHistory history, ShareLinks links,
            MediaStore media) {
        this.stories = stories;
        this.content = content;
        this.history = history;
        this.links = links;
        this.media = media;
    }

    @Override
    public String section() {
        return "books";
    }

    @Override
    public void items(UUID accountId, Consumer<Object> item) {
        for (UUID id : stories.idsOwnedBy(accountId)) {
            content.find(id).ifPresent(story -> {
                List<Page> pages = content.pages(id);
                List<PageRevision> revisions = history.revisions(id);
                item.accept(new ExportedBook(StoryViews.Book.of(story, pages, links.active(id)),
                        history.of(id, revisions), links.made(id), pictures(story, pages, revisions)));
            });
        }
    }

    @Override
    public void files(UUID accountId, FileSink file) {
        for (UUID id : stories.idsOwnedBy(accountId)) {
            content.find(id).ifPresent(story -> {
                for (Picture picture : pictures(story, content.pages(id), history.revisions(id))) {
                    media.get(picture.key()).ifPresentOrElse(stored -> file.add(picture.file(), stored.bytes()),
                            () -> log.warn("Picture {} of story {} is missing from the media store", picture.key(), id));
                }
            });
        }
    }

    /** Every picture the book has or had, each once: the character reference, the pages', earlier versions. */
    private static List<Picture> pictures(Story story, List<Page> pages, List<PageRevision> revisions) {
        Map<String, Picture> byKey = new LinkedHashMap<>();
        if (story.referenceImageKey() != null) {
            byKey.put(story.referenceImageKey(), Picture.of(story.referenceImageKey(), null, "reference"));
        }
        for (Page page : pages) {
            if (page.imageKey() != null) {
                byKey.putIfAbsent(page.imageKey(), Picture.of(page.imageKey(), page.number(), "page"));
            }
        }
        for (PageRevision revision : revisions) {
            for (String key : new String[] {revision.imageBefore(), revision.imageAfter()}) {
                if (key != null) {
                    byKey.putIfAbsent(key, Picture.of(key, revision.page(), "earlier version"));
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * One book in {@code account.json}.
     *
     * @param pictures the files of its pictures in the download
     */
    record ExportedBook(StoryViews.Book book, StoryViews.History history, List<ShareLinks.Made> shareLinks,
            List<Picture> pictures) {
    }

    /**
     * A picture's file in the download.
     *
     * @param file the path in the zip
     * @param page the page it belongs to; null for the character reference
     * @param use  {@code reference}, {@code page} (the page's current picture) or {@code earlier version}
     */
    record Picture(String file, Integer page, String use) {

        private static final String FOLDER = "pictures/";

        static Picture of(String key, Integer page, String use) {
            return new Picture(FOLDER + key, page, use);
        }

        /** Where it is in the media store. */
        String key() {
            return file.substring(FOLDER.length());
        }
    }
}
