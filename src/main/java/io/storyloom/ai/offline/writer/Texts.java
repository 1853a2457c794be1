package io.storyloom.ai.offline.writer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the writer's parts: cleaning untrusted input and shaping sentences. */
final class Texts {

    private Texts() {
    }

    /** Collapses whitespace and drops control characters, so user text cannot break a sentence over lines. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    /** Cuts text to at most {@code max} characters, at a word boundary when there is one. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).strip();
    }

    /** Cuts text to at most {@code max} characters, ending after a whole sentence where possible. */
    static String clipSentences(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max);
        int end = Math.max(Math.max(cut.lastIndexOf(". "), cut.lastIndexOf("! ")), cut.lastIndexOf("? "));
        return end > 0 ? cut.substring(0, end + 1) : clip(text, max);
    }

    /** The first sentence of a text, e.g. of a page, for a short phrase. */
    static String firstSentence(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /** Upper-cases the first letter, skipping leading punctuation such as quotes or "¡". */
    static String capitalize(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.substring(0, i) + text.substring(i, i + 1).toUpperCase(Locale.ROOT) + text.substring(i + 1);
            }
            if (Character.isDigit(text.charAt(i))) {
                return text;
            }
        }
        return text;
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** "a, b and c" with the given word for "and". */
    static String joinAnd(List<String> items, String and) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.getLast();
    }

    /**
     * Lower case without accents, ligatures and ß spelled out, anything but letters and digits a
     * single space: the form in which keywords are compared, so "Jardín" matches "jardin".
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
