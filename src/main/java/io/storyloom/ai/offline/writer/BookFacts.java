package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A typed, forgiving view of a prompt's facts. Facts come from a map of loosely typed values, and
 * every optional one may be missing or blank, so each is read with a safe default here, once.
 */
record BookFacts(
        String childName,
        int childAge,
        String pronouns,
        String appearance,
        String clothing,
        List<String> interests,
        String companion,
        String idea,
        String lesson,
        int pageCount,
        String artStyle,
        String artStyleDescription,
        String language,
        String setting,
        String tone,
        List<Page> pages,
        List<String> characters,
        int pageNumber,
        String pageText) {

    /** One page of an already written story. */
    record Page(int number, String text) {
    }

    static BookFacts from(Map<String, Object> facts) {
        return new BookFacts(
                Texts.clean(text(facts, "child_name")),
                number(facts, "child_age", 0),
                Texts.clean(text(facts, "pronouns")),
                Texts.clean(text(facts, "appearance")),
                Texts.clean(text(facts, "clothing")),
                strings(facts.get("interests")),
                Texts.clean(text(facts, "companion")),
                Texts.clean(text(facts, "idea")),
                Texts.clean(text(facts, "lesson")),
                number(facts, "page_count", 0),
                Texts.clean(text(facts, "art_style")),
                Texts.clean(text(facts, "art_style_description")),
                primaryLanguage(text(facts, "language")),
                Texts.clean(text(facts, "setting")),
                Texts.clean(text(facts, "tone")),
                pages(facts.get("pages")),
                strings(facts.get("characters")),
                number(facts, "page_number", 0),
                Texts.clean(text(facts, "page_text")));
    }

    /**
     * Which pronouns the story uses for the child: "she", "he", "they", or "name" when the parent
     * gave none we recognise, so the story repeats the name instead of guessing. Decided by the
     * first recognised word, so "she/they" reads as "she"; the phrase banks hold words for each.
     */
    String pronounKey() {
        for (String word : Texts.fold(pronouns).split(" ")) {
            switch (word) {
                case "she", "her", "hers", "herself", "ella", "elle", "sie", "ihr", "female", "girl" -> {
                    return "she";
                }
                case "he", "him", "his", "himself", "el", "il", "er", "ihm", "male", "boy" -> {
                    return "he";
                }
                case "they", "them", "their", "theirs", "themself", "themselves", "iel", "ellx", "elli",
                        "nonbinary" -> {
                    return "they";
                }
                default -> {
                    // not a pronoun; keep looking
                }
            }
        }
        return "name";
    }

    private static String text(Map<String, Object> facts, String key) {
        Object value = facts.get(key);
        return value == null ? "" : value.toString();
    }

    private static int number(Map<String, Object> facts, String key, int fallback) {
        Object value = facts.get(key);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? fallback : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof Iterable<?> items)) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (Object item : items) {
            String s = item == null ? "" : Texts.clean(item.toString());
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static List<Page> pages(Object value) {
        if (!(value instanceof Iterable<?> items)) {
            return List.of();
        }
        var out = new ArrayList<Page>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                Object number = map.get("number");
                Object text = map.get("text");
                int n = number instanceof Number num ? num.intValue() : out.size() + 1;
                out.add(new Page(n, Texts.clean(text == null ? "" : text.toString())));
            }
        }
        return List.copyOf(out);
    }

    /** "es-MX" and "ES_es" both mean Spanish here; the phrase banks are per language, not per region. */
    private static String primaryLanguage(String tag) {
        String cleaned = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = cleaned.indexOf('-');
        return dash > 0 ? cleaned.substring(0, dash) : cleaned;
    }
}
