package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.OfflineFacts.APPEARANCE;
import static io.storyloom.ai.OfflineFacts.ART_STYLE;
import static io.storyloom.ai.OfflineFacts.ART_STYLE_DESCRIPTION;
import static io.storyloom.ai.OfflineFacts.CHARACTERS;
import static io.storyloom.ai.OfflineFacts.CHILD_AGE;
import static io.storyloom.ai.OfflineFacts.CHILD_NAME;
import static io.storyloom.ai.OfflineFacts.CLOTHING;
import static io.storyloom.ai.OfflineFacts.COMPANION;
import static io.storyloom.ai.OfflineFacts.IDEA;
import static io.storyloom.ai.OfflineFacts.INTERESTS;
import static io.storyloom.ai.OfflineFacts.LANGUAGE;
import static io.storyloom.ai.OfflineFacts.LESSON;
import static io.storyloom.ai.OfflineFacts.PAGES;
import static io.storyloom.ai.OfflineFacts.PAGE_COUNT;
import static io.storyloom.ai.OfflineFacts.PAGE_NUMBER;
import static io.storyloom.ai.OfflineFacts.PAGE_TEXT;
import static io.storyloom.ai.OfflineFacts.PRONOUNS;
import static io.storyloom.ai.OfflineFacts.SETTING;

import io.storyloom.ai.OfflineFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A typed, forgiving view of a prompt's facts. Facts come from a map of loosely typed values, and
 * every optional one may be missing or blank, so each is read with a safe default here, once.
 *
 * @param setting    the written story's setting, empty before the story is written
 * @param pages      the written story's pages, empty before it is written
 * @param characters the designed characters' names, the child first; empty before they are designed
 * @param askedPage  the page whose scene is asked for, number 0 when none is
 */
record BookFacts(
        Child child,
        String companion,
        String idea,
        String lesson,
        String language,
        int pageCount,
        String artStyle,
        String artStyleDescription,
        String setting,
        List<Page> pages,
        List<String> characters,
        Page askedPage) {

    /** The child as the parent described them. */
    record Child(String name, int age, String pronouns, String appearance, String clothing, List<String> interests) {

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
    }

    /** One page of a story. */
    record Page(int number, String text) {
    }

    static BookFacts from(Map<String, Object> facts) {
        var child = new Child(cleanText(facts, CHILD_NAME), number(facts, CHILD_AGE, 0), cleanText(facts, PRONOUNS),
                cleanText(facts, APPEARANCE), cleanText(facts, CLOTHING), strings(facts.get(INTERESTS)));
        return new BookFacts(
                child,
                cleanText(facts, COMPANION),
                cleanText(facts, IDEA),
                cleanText(facts, LESSON),
                primaryLanguage(text(facts, LANGUAGE)),
                number(facts, PAGE_COUNT, 0),
                cleanText(facts, ART_STYLE),
                cleanText(facts, ART_STYLE_DESCRIPTION),
                cleanText(facts, SETTING),
                pages(facts.get(PAGES)),
                strings(facts.get(CHARACTERS)),
                new Page(number(facts, PAGE_NUMBER, 0), cleanText(facts, PAGE_TEXT)));
    }

    private static String cleanText(Map<String, Object> facts, String key) {
        return Texts.clean(text(facts, key));
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
                Object number = map.get(OfflineFacts.PageEntry.NUMBER);
                Object text = map.get(OfflineFacts.PageEntry.TEXT);
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
