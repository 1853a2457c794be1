package io.storyloom.ai;

import java.util.Map;

/**
 * The names of the facts in {@link TextPrompt#offlineFacts()}: what the offline writer, which cannot
 * read a prompt's messages, writes its answer from. {@code prompt} sets them under these names (its
 * templates use the same ones) and the offline writer reads them; models that read the messages never
 * look at them. Every fact may be missing: the offline writer falls back to a friendly default.
 */
public final class OfflineFacts {

    // The brief, in every prompt.
    public static final String CHILD_NAME = "child_name";
    /** A number. */
    public static final String CHILD_AGE = "child_age";
    public static final String PRONOUNS = "pronouns";
    public static final String APPEARANCE = "appearance";
    public static final String CLOTHING = "clothing";
    /** A list of strings. */
    public static final String INTERESTS = "interests";
    public static final String COMPANION = "companion";
    public static final String IDEA = "idea";
    public static final String LESSON = "lesson";
    /** A number. */
    public static final String PAGE_COUNT = "page_count";
    public static final String ART_STYLE = "art_style";
    public static final String ART_STYLE_DESCRIPTION = "art_style_description";
    /** A language tag such as {@code es} or {@code es-MX}. */
    public static final String LANGUAGE = "language";

    // The story, once it is written.
    public static final String SETTING = "setting";
    /** A list of pages, each made by {@link #page}. */
    public static final String PAGES = "pages";

    // The characters, once they are designed: a list of their names, the child first.
    public static final String CHARACTERS = "characters";

    // The page whose scene is asked for.
    /** A number. */
    public static final String PAGE_NUMBER = "page_number";
    public static final String PAGE_TEXT = "page_text";

    private OfflineFacts() {
    }

    /** One entry of {@link #PAGES}. */
    public static Map<String, Object> page(int number, String text) {
        return Map.of(PageEntry.NUMBER, number, PageEntry.TEXT, text);
    }

    /** The names inside one entry of {@link #PAGES}. */
    public static final class PageEntry {

        /** A number. */
        public static final String NUMBER = "number";
        public static final String TEXT = "text";

        private PageEntry() {
        }
    }
}
