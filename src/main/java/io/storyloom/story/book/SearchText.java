package io.storyloom.story.book;

import io.storyloom.story.Story;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The lower-case text a story is found by: title, child's name, idea, companion and meta. */
final class SearchText {

    static final int MAX_LENGTH = 3000;

    private SearchText() {
    }

    static String of(Story s) {
        var meta = s.meta();
        String text = Stream.of(s.title(), s.child().name(), s.idea(), s.companion(), s.lesson(),
                        meta == null ? null : meta.setting(), meta == null ? null : meta.tone(),
                        meta == null ? null : meta.lesson(), String.join(" ", s.child().interests()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" \u0001 "))
                .toLowerCase(Locale.ROOT);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /** A LIKE pattern matching the term anywhere, with the term's own wildcards taken literally. */
    static String containing(String term) {
        String escaped = term.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
