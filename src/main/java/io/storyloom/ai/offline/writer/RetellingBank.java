package io.storyloom.ai.offline.writer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English sentences of a retold idea, from {@code offline/retell-en.json}: beats shared by every
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
        Map<String, String> landmarks) {

    private static final RetellingBank INSTANCE = SnakeCaseJson.resource("retell-en.json", RetellingBank.class);

    /** One kind of story: the verbs that name it and its beginning, problem and how it comes right. */
    record Action(List<String> words, List<String> setup, List<String> problem, List<String> resolution) {
    }

    static RetellingBank get() {
        return INSTANCE;
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

    private static int position(String padded, String word) {
        boolean prefix = word.endsWith("*");
        String plain = Texts.fold(prefix ? word.substring(0, word.length() - 1) : word);
        Matcher m = Pattern.compile(" " + Pattern.quote(plain) + (prefix ? "\\p{L}*" : "") + "(?= )").matcher(padded);
        return m.find() ? m.start() : -1;
    }
}
