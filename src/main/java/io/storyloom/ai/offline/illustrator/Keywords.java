package io.storyloom.ai.offline.illustrator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Forgiving keyword matching on free text. Words of four letters or more also match as stems
 * ("jump" finds "jumping"); shorter ones must match the whole word or its plural, so "sea" does
 * not find "season". A keyword with a space is looked up as a phrase.
 */
final class Keywords {

    private final String text;
    private final List<String> words;

    private Keywords(String text) {
        this.text = " " + text + " ";
        this.words = text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    static Keywords of(String... texts) {
        return of(Arrays.asList(texts));
    }

    static Keywords of(Collection<String> texts) {
        List<String> parts = new ArrayList<>();
        for (String t : texts) {
            if (t != null) {
                parts.add(t);
            }
        }
        String joined = String.join(" ", parts).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
        return new Keywords(joined);
    }

    /** The words, lower case, one space apart. */
    String text() {
        return text.strip();
    }

    Keywords and(Keywords other) {
        return of(text, other.text);
    }

    boolean isBlank() {
        return words.isEmpty();
    }

    boolean has(String... keywords) {
        for (String keyword : keywords) {
            if (matches(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #has} but whole words only (or their plural): "rain" without "rainbow". */
    boolean hasWord(String... keywords) {
        for (String keyword : keywords) {
            for (String word : words) {
                if (word.equals(keyword) || word.equals(keyword + "s")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(String keyword) {
        if (keyword.indexOf(' ') >= 0) {
            return text.contains(" " + keyword);
        }
        for (String word : words) {
            if (word.equals(keyword) || word.equals(keyword + "s") || word.equals(keyword + "es")
                    || (keyword.length() >= 4 && word.startsWith(keyword))) {
                return true;
            }
        }
        return false;
    }
}
