package io.storyloom.export;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the export adds to a book, in the book's language (English when there is none for it):
 * the dedication on the cover, "The End", and labels for the table of contents and pictures.
 */
record BookWords(String storyFor, String theEnd, String cover, String page, String pictureFor) {

    private static final BookWords ENGLISH =
            new BookWords("A story for {name}", "The End", "Cover", "Page {n}", "Picture for page {n}");

    private static final Map<String, BookWords> BY_LANGUAGE = Map.of(
            "en", ENGLISH,
            "es", new BookWords("Un cuento para {name}", "Fin", "Portada", "Página {n}", "Ilustración de la página {n}"),
            "fr", new BookWords("Une histoire pour {name}", "Fin", "Couverture", "Page {n}", "Illustration de la page {n}"),
            "de", new BookWords("Eine Geschichte für {name}", "Ende", "Titelbild", "Seite {n}", "Bild zu Seite {n}"));

    /** The words for a BCP 47 tag such as {@code es} or {@code fr-CA}. */
    static BookWords of(String languageTag) {
        String language = languageTag == null ? "en" : Locale.forLanguageTag(languageTag).getLanguage();
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }

    String dedication(String childName) {
        return storyFor.replace("{name}", childName);
    }

    String pageLabel(int number) {
        return page.replace("{n}", Integer.toString(number));
    }

    String pictureLabel(int number) {
        return pictureFor.replace("{n}", Integer.toString(number));
    }
}
