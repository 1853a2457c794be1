package io.storyloom.export;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Makes story text safe to put into XML documents, whoever wrote it. */
final class BookText {

    // Characters XML 1.0 forbids even when escaped; a stray one would make the EPUB or the PDF's HTML unreadable.
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

    private BookText() {
    }

    /** The text without characters XML cannot hold, on one line, trimmed; empty for {@code null}. */
    static String line(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** The text's paragraphs: one per line, blank lines dropped. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LINE_BREAKS.split(NOT_XML.matcher(text).replaceAll("")))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
