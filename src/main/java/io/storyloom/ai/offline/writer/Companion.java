package io.storyloom.ai.offline.writer;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child's companion as the parent described it: "a small blue dragon", "her dog Max",
 * "Pip the robot", "un dragón llamado Pip".
 *
 * @param name        the parent's name for it, or a cute one picked from their words
 * @param kind        one English word for what it is ("dragon", "robot"), for the illustrator
 * @param description the parent's words without the name, e.g. "a small blue dragon" (may be empty)
 */
record Companion(String name, String kind, String description) {

    private static final int MAX_TEXT = 120;
    private static final int MAX_NAME = 60;
    private static final int MAX_KIND = 40;
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]{1,19})";
    /** "… named Pip" in any of the four languages. */
    private static final Pattern NAMED = Pattern.compile("(?:,\\s*)?\\b(?:named|called|llamad[oa]|que se llama|"
            + "nomm[ée]e?|appel[ée]e?|qui s'appelle|namens|genannt|hei(?:ß|ss)t)\\s+" + NAME);
    /** "Pip the dragon", "Pip, a dragon", "Pip el dragón": a capitalised first word, then a comma or an article. */
    private static final Pattern LEADING_NAME = Pattern.compile("^" + NAME + "(?=\\s*,|\\s+(?:the|a|an|my|her|his|their|"
            + "el|la|un|una|mi|su|le|une|mon|ma|son|sa|der|die|das|ein|eine|mein|meine)\\s)");
    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(" + Idea.FAMILY + ")\\b");
    static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "my", "her", "his", "their", "our", "your", "un", "una", "el", "la", "los", "las", "mi",
            "su", "tu", "le", "les", "l", "une", "mon", "ma", "son", "sa", "ton", "ta", "der", "die", "das", "ein",
            "eine", "einen", "mein", "meine", "sein", "seine", "ihr", "ihre", "dein", "deine");

    /** Reads the companion fact; {@code null} when there is none. */
    static Companion parse(String text, String childName, Lexicon lexicon) {
        String clean = Texts.clip(Texts.clean(text), MAX_TEXT);
        if (clean.isEmpty()) {
            return null;
        }
        // Family and friends are what they are ("Grandma in her blue cardigan" is a grandma), named so if unnamed.
        Matcher family = FAMILY.matcher(clean);
        if (family.find()) {
            String kind = family.group(1).toLowerCase(java.util.Locale.ROOT);
            String given = givenName(clean, lexicon);
            String name = given != null && !given.equalsIgnoreCase(kind) ? given : Texts.capitalize(kind);
            String rest = tidy(clean.replaceFirst("(?i)^(?:(?:my|her|his|their|our)\\s+)?" + Pattern.quote(family.group(1))
                    + "\\b", ""));
            return new Companion(Texts.clip(name, MAX_NAME), kind, rest);
        }
        String kind = kindOf(clean, lexicon);
        String given = givenName(clean, lexicon);
        if (given != null) {
            return new Companion(Texts.clip(given, MAX_NAME), kind, withoutName(clean, given));
        }
        return new Companion(lexicon.cuteName(clean, childName), kind, tidy(clean));
    }

    /** The main noun: a kind we know ("perrito" is a dog), else the last word that is not an adjective we know. */
    private static String kindOf(String text, Lexicon lexicon) {
        var known = lexicon.kindOf(text);
        if (known.isPresent()) {
            return known.get();
        }
        List<String> words = Arrays.stream(Texts.fold(text).split(" "))
                .filter(w -> w.length() > 1 && !DETERMINERS.contains(w) && !lexicon.isGenericCompanionWord(w))
                .toList();
        return words.isEmpty() ? "friend" : Texts.clip(words.getLast(), MAX_KIND);
    }

    /** A name the parent gave: "… named Pip", "Pip the dragon", "Pip, a dragon", "dog Max", or just "Luna". */
    private static String givenName(String text, Lexicon lexicon) {
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            return named.group(1);
        }
        Matcher leading = LEADING_NAME.matcher(text);
        if (leading.find() && isName(leading.group(1), lexicon)) {
            return leading.group(1);
        }
        String[] words = text.split(" ");
        if (words.length == 1 && Character.isUpperCase(text.charAt(0)) && isName(text, lexicon)) {
            return text.replaceAll("[^\\p{L}'’-]", "");
        }
        // A capitalised word right after what the companion is: "her dog Max", "mein Kuscheltier Bruno".
        for (int i = 1; i < words.length; i++) {
            String word = words[i].replaceAll("[^\\p{L}'’-]", "");
            String previous = words[i - 1];
            boolean afterNoun = lexicon.isKindWord(previous) || lexicon.isGenericCompanionWord(previous);
            if (afterNoun && word.length() > 1 && Character.isUpperCase(word.charAt(0)) && isName(word, lexicon)) {
                return word;
            }
        }
        return null;
    }

    private static boolean isName(String word, Lexicon lexicon) {
        String folded = Texts.fold(word);
        return !folded.isEmpty() && !DETERMINERS.contains(folded) && !lexicon.isKindWord(word)
                && !lexicon.isGenericCompanionWord(word);
    }

    private static String withoutName(String text, String name) {
        String rest = NAMED.matcher(text).replaceFirst("");
        rest = rest.replaceFirst("(^|\\s)" + Pattern.quote(name) + "(?=$|[\\s,.!])", " ");
        return tidy(rest);
    }

    /** Trims stray commas and spaces left around the words. */
    private static String tidy(String text) {
        return text.replaceAll("\\s+,", ",").replaceAll("^[\\s,;:.!]+|[\\s,;:.!]+$", "").replaceAll("\\s{2,}", " ");
    }
}
