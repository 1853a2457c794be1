package io.storyloom.ai.offline.writer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language: the story's beats, settings, things and lessons as templates, plus the
 * grammar bits (pronouns, "and", number words). Loaded from {@code offline/story-<lang>.json}; a
 * language without a bank falls back to English, as a real model would be needed for it.
 *
 * @param pronouns  per pronoun key ("she", "he", "they", "name") the words templates use: sub, obj, pos, kid
 * @param titles    title templates by kind: "thing" (the idea names one), "pal" (a companion), "plain"
 * @param beats     sentence variants per story beat; "beat_young" and "beat_alone" variants, where a bank has
 *                  them, replace the beat for children of four or less and for a child without a companion
 * @param lowerCaseWords for a language that capitalises nouns (German): the only words lower-cased when the
 *                  parent's idea follows a colon; empty elsewhere, where any first letter is lower-cased
 */
record PhraseBank(
        String language,
        String and,
        List<String> numbers,
        String defaultName,
        List<String> lowerCaseWords,
        Map<String, Map<String, String>> pronouns,
        CompanionWords companion,
        Map<String, List<String>> titles,
        Map<String, List<String>> beats,
        Map<String, SettingWords> settings,
        Map<String, ThingWords> things,
        Map<String, LessonWords> lessons) {

    static final String FALLBACK = "en";
    static final Set<String> SUPPORTED = Set.of("en", "es", "fr", "de");

    private static final Map<String, PhraseBank> CACHE = new ConcurrentHashMap<>();

    /**
     * How to fit the parent's words for the companion into a sentence: a leading possessive is
     * replaced ("her dog" must follow the child's pronouns; German "mein" has no owner to follow),
     * and English adds "a" to bare words ("blue dragon").
     */
    record CompanionWords(List<String> articles, Map<String, String> possessives, String bareArticle,
            String bareArticleBeforeVowel) {
    }

    /** A place: its words ("to", "in"), where things get stuck there, how one reaches them, what one sees. */
    record SettingWords(String title, String desc, String to, String in, String spot, String helper, String tone,
            List<String> arrive, List<String> sights, List<String> reach) {
    }

    /** The story's central thing: how it is named, gets stuck, is rescued and makes everyone happy. */
    record ThingWords(String a, String the, String title, List<String> trouble, List<String> fix, List<String> joy) {
    }

    record LessonWords(String name, List<String> help, List<String> moral) {
    }

    static PhraseBank forLanguage(String language) {
        String lang = SUPPORTED.contains(language) ? language : FALLBACK;
        return CACHE.computeIfAbsent(lang, l -> SnakeCaseJson.resource("story-" + l + ".json", PhraseBank.class));
    }

    SettingWords setting(String id) {
        return settings.getOrDefault(id, settings.get(Lexicon.DEFAULT_SETTING));
    }

    ThingWords thing(String id) {
        return things.get(id);
    }

    LessonWords lesson(String id) {
        return lessons.getOrDefault(id, lessons.get(Lexicon.DEFAULT_LESSON));
    }

    /** "five" for 5 where the bank has a word for it, the digits otherwise, nothing for an unknown age. */
    String ageWord(int age) {
        if (age <= 0) {
            return "";
        }
        return age < numbers.size() ? numbers.get(age) : Integer.toString(age);
    }
}
