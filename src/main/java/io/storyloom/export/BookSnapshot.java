package io.storyloom.export;

import com.ibm.icu.util.ULocale;
import io.storyloom.narration.SentenceTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything an exporter needs to make a book, loaded once: the exporters read no database and no
 * media store. Text is as the story has it (plain text, never markup); exporters escape it.
 *
 * @param language   the story's BCP 47 language tag
 * @param lastChange when the story or any page last changed: a new value means a new book
 * @param cover      the cover picture, or {@code null} when the book has none
 */
record BookSnapshot(
        UUID storyId,
        String title,
        String childName,
        String language,
        OffsetDateTime lastChange,
        Picture cover,
        List<BookPage> pages) {

    BookSnapshot {
        pages = List.copyOf(pages);
    }

    BookWords words() {
        return BookWords.of(language);
    }

    /** Every text the exports print: title, dedication, pages and closing words, for choosing fonts. */
    String printedText() {
        BookWords words = words();
        var text = new StringBuilder(title).append('\n').append(words.dedication(childName)).append('\n')
                .append(words.theEnd());
        pages.forEach(page -> text.append('\n').append(page.text()));
        return text.toString();
    }

    /**
     * Which recordings the book has: changes when a page is narrated (again), which happens after the
     * page's text changed, so a download made in between is not taken for the narrated book.
     */
    String narrationVersion() {
        return pages.stream().map(page -> page.narration() == null ? "-"
                : page.narration().durationMs() + ":" + java.util.Arrays.hashCode(page.narration().audio()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The book's writing direction, {@code rtl} for languages such as Hebrew or Arabic, else {@code ltr}. */
    String direction() {
        return language != null && ULocale.forLanguageTag(language).isRightToLeft() ? "rtl" : "ltr";
    }

    /**
     * One page: its text in paragraphs, its picture, {@code null} if the picture is missing, and its
     * recording, {@code null} if the book is not narrated.
     */
    record BookPage(int number, List<String> paragraphs, Picture picture, Narration narration) {

        BookPage {
            paragraphs = List.copyOf(paragraphs);
        }

        BookPage(int number, List<String> paragraphs, Picture picture) {
            this(number, paragraphs, picture, null);
        }

        String text() {
            return String.join("\n", paragraphs);
        }
    }

    /**
     * A page read aloud.
     *
     * @param name      a file name unique within the book, e.g. {@code page-3.mp3}
     * @param text      the page's text exactly as it was read, which the sentences' character ranges refer to
     * @param sentences when each sentence is heard, in order
     */
    record Narration(String name, byte[] audio, String mediaType, long durationMs, String text,
            List<SentenceTime> sentences) {

        Narration {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A picture and what is known of it.
     *
     * @param name        a file name unique within the book, e.g. {@code page-3.png}
     * @param width       in pixels, 0 when the JDK cannot read the format (WebP)
     * @param description what the picture shows, for alternative text
     */
    record Picture(String name, byte[] bytes, String mediaType, int width, int height, String description) {

        /** Width over height; 4:3, the illustrator's default, when the size is unknown. */
        double aspectRatio() {
            return width > 0 && height > 0 ? (double) width / height : 4.0 / 3.0;
        }
    }
}
