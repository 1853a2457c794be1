package io.storyloom.ai.offline.writer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences of a retold idea in one language, from {@code offline/retell-<lang>.json}: beats shared by every
 * book, the beginning, problem and turn of each action ("find", "build", "ride", …), a turn per lesson
 * that carries the lesson inside the story, sentence connectors for varied openings, and where things
 * are ("high up in the branches of a tall tree") per place.
 *
 * @param pronouns    per pronoun key the words the sentences use: sub, obj, pos, subwas, kid, alone
 * @param looks       one line describing a thing, per catalogue kind
 * @param lessonWords words in a parent's own lesson that point to one of the lessons we can weave in
 * @param spots       spot id to the words for it; placeSpots: the usual spot of each place
 * @param sightings   where a landmark is seen from, by spot ("poking up above the trees")
 * @param thingPlaces  where a thing's story happens when the idea names no place (a train: the station)
 * @param actionPlaces where an action happens when neither the idea nor its thing says (baking: the kitchen)
 * @param landmarks    per place, the catalogue thing a visit without an object of its own remembers
 * @param reading      how an idea in this language is read; {@code null} for English, which {@link Idea} reads
 * @param grammar      for a language with genders: per "gender" or "gender_pl" (and "…_vowel" before a vowel)
 *                     the words that go with the thing ("thing_the": "la {noun}", "it": "la"); {@code null}
 *                     for English
 * @param phrases      the book's own small phrases: "title", "title_place", "with_pal", "interest" (how an
 *                     interest the catalogue knows is named: "los {noun}")
 * @param sceneWords   patterns over a folded sentence that put a thing up a tree, in the sky, in hand, or
 *                     bring it down, for the scene moments; {@code null} for English
 */
record RetellingBank(
        List<String> connectors,
        Map<String, Map<String, String>> pronouns,
        Map<String, List<String>> beats,
        Map<String, List<String>> looks,
        List<String> looksPlural,
        Map<String, Action> actions,
        Map<String, List<String>> lessons,
        Map<String, List<String>> lessonWords,
        Map<String, String> spots,
        Map<String, String> placeSpots,
        Map<String, String> sights,
        Map<String, String> sightings,
        Map<String, String> thingPlaces,
        Map<String, String> actionPlaces,
        Map<String, String> landmarks,
        IdeaWords reading,
        Map<String, Map<String, String>> grammar,
        Map<String, String> phrases,
        Map<String, String> sceneWords) {

    private static final RetellingBank INSTANCE = SnakeCaseJson.resource("retell-en.json", RetellingBank.class);
    private static final Map<String, RetellingBank> LANGUAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** One kind of story: the verbs that name it and its beginning, problem and how it comes right. */
    record Action(List<String> words, List<String> setup, List<String> problem, List<String> resolution) {
    }

    static RetellingBank get() {
        return INSTANCE;
    }

    /**
     * The bank of a language, English for any other; what a bank leaves out (where things usually are,
     * which are language-free ids) comes from the English one.
     */
    static RetellingBank forLanguage(String language) {
        if (PhraseBank.FALLBACK.equals(language) || !PhraseBank.SUPPORTED.contains(language)) {
            return INSTANCE;
        }
        return LANGUAGES.computeIfAbsent(language, l -> {
            var b = SnakeCaseJson.resource("retell-" + l + ".json", RetellingBank.class);
            return new RetellingBank(b.connectors, b.pronouns, b.beats, b.looks, b.looksPlural, b.actions, b.lessons,
                    b.lessonWords, b.spots, or(b.placeSpots, INSTANCE.placeSpots), b.sights,
                    or(b.sightings, INSTANCE.sightings), or(b.thingPlaces, INSTANCE.thingPlaces),
                    or(b.actionPlaces, INSTANCE.actionPlaces), or(b.landmarks, INSTANCE.landmarks), b.reading,
                    b.grammar, b.phrases, b.sceneWords);
        });
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    boolean english() {
        return grammar == null;
    }

    /** The action whose word comes first in the folded text, or empty. */
    String actionIn(String folded) {
        String padded = " " + folded.strip() + " ";
        return actions.entrySet().stream()
                .flatMap(a -> a.getValue().words().stream().map(w -> Map.entry(a.getKey(), position(padded, w))))
                .filter(e -> e.getValue() >= 0)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse("");
    }

    /** The lesson a parent's own words point to, or empty. */
    Optional<String> lessonIn(String text) {
        String padded = " " + Texts.fold(text) + " ";
        return lessonWords.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(w -> position(padded, w) >= 0))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The banks' words folded, with the space they must follow: worked out once, not for every idea read (a
     * third of reading one). Only the banks' own words are kept, so it stays as small as they are.
     */
    private static final Map<String, String> FOLDED_WORDS = new ConcurrentHashMap<>();

    /** Where the word stands in the padded text as a whole word (or, ending in '*', as a word's beginning), or -1. */
    private static int position(String padded, String word) {
        boolean prefix = word.endsWith("*");
        String plain = FOLDED_WORDS.computeIfAbsent(word,
                w -> " " + Texts.fold(prefix ? w.substring(0, w.length() - 1) : w));
        for (int at = padded.indexOf(plain); at >= 0; at = padded.indexOf(plain, at + 1)) {
            int end = at + plain.length();
            while (prefix && end < padded.length() && Character.isLetter(padded.codePointAt(end))) {
                end += Character.charCount(padded.codePointAt(end));
            }
            if (end < padded.length() && padded.charAt(end) == ' ') {
                return at;
            }
        }
        return -1;
    }
}
