package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things and places a picture book commonly talks about, from {@code offline/catalogue.json}: the
 * same list the illustrator draws from, so what the writer names the illustrator can draw. That file
 * is English; {@code offline/catalogue-<lang>.json} gives each thing and place its words, noun, plural
 * and grammatical gender in another language, over the same ids. Words match whole words (folded,
 * plurals listed), longest first, so "fire engine" is not read as "engine".
 */
final class Catalogue {

    private static final Catalogue INSTANCE = new Catalogue(SnakeCaseJson.resource("catalogue.json", Data.class));
    private static final Map<String, Catalogue> LANGUAGES = new java.util.concurrent.ConcurrentHashMap<>();

    record Data(Map<String, Thing> props, Map<String, Place> places) {
    }

    /** A language's words for the English catalogue's things and places, by the same ids. */
    record Translation(Map<String, ThingWords> props, Map<String, Place> places) {
    }

    /** A thing in a language's words: see {@link Thing}. */
    record ThingWords(List<String> words, String noun, String plural, String gender, String oblique, Boolean elide) {
    }

    /**
     * @param noun   the singular English noun the story uses ("puppy" for dog, cat and their synonyms
     *               read "kitten"), so every book names it the same way
     * @param plural the plural, when "noun + s" is wrong
     * @param kind   vehicle, animal, food, toy, building, nature, weather, space or sea
     * @param size   how big it is next to the child (1 = as tall)
     * @param gender m, f or n, for the articles of a language that has them; {@code null} in English
     * @param oblique a German weak noun's form after an article in the accusative or dative ("den Drachen")
     * @param elide  whether a French article elides before it ("l'hélicoptère"); {@code null}: when it starts
     *               with a vowel
     */
    record Thing(List<String> words, String shape, String where, String colour, double size, String kind,
            String noun, String plural, String gender, String oblique, Boolean elide) {

        String pluralNoun() {
            return plural != null ? plural : noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch")
                    ? noun + "es" : noun + "s";
        }

        boolean small() {
            return size <= 0.45;
        }
    }

    /** A place: its terrain for the illustrator, its scene description and the story's words for it. */
    record Place(List<String> words, String terrain, String scene, String the, String in, String to) {
    }

    private final Data data;

    /** One catalogue word found in a text. */
    record Hit(String id, String word, int start, int end) {
    }
    private final List<Entry> things;
    private final List<Entry> places;

    /** A catalogue word (folded), its pattern, and the word's first part, which any text it names contains. */
    private record Entry(String id, String word, String firstPart, Pattern pattern) {
    }

    private Catalogue(Data data) {
        this.data = data;
        this.things = entries(data.props().entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue().words()), Map::putAll));
        this.places = entries(data.places().entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue().words()), Map::putAll));
    }

    static Catalogue get() {
        return INSTANCE;
    }

    /** The catalogue in a language's words: English, or the translation laid over the English things. */
    static Catalogue forLanguage(String language) {
        if (PhraseBank.FALLBACK.equals(language) || !PhraseBank.SUPPORTED.contains(language)) {
            return INSTANCE;
        }
        return LANGUAGES.computeIfAbsent(language, l -> {
            var words = SnakeCaseJson.resource("catalogue-" + l + ".json", Translation.class);
            var props = new LinkedHashMap<String, Thing>();
            INSTANCE.data.props().forEach((id, t) -> {
                ThingWords w = words.props().get(id);
                props.put(id, new Thing(w.words(), t.shape(), t.where(), t.colour(), t.size(), t.kind(), w.noun(),
                        w.plural(), w.gender(), w.oblique(), w.elide()));
            });
            var places = new LinkedHashMap<String, Place>();
            INSTANCE.data.places().forEach((id, p) -> {
                Place w = words.places().get(id);
                places.put(id, new Place(w.words(), p.terrain(), w.scene(), w.the(), w.in(), w.to()));
            });
            return new Catalogue(new Data(props, places));
        });
    }

    Thing thing(String id) {
        return data.props().get(id);
    }

    Place place(String id) {
        return data.places().get(id);
    }

    java.util.Collection<Place> places() {
        return data.places().values();
    }

    /** Every thing the text names, in order of mention, each once; overlapping words count once. */
    List<Hit> thingsIn(String text) {
        return hits(things, text);
    }

    List<Hit> placesIn(String text) {
        return hits(places, text);
    }

    Optional<String> placeOf(String text) {
        return placesIn(text).stream().findFirst().map(Hit::id);
    }

    private static List<Hit> hits(List<Entry> entries, String text) {
        String folded = " " + Texts.fold(text) + " ";
        var found = new ArrayList<Hit>();
        for (Entry e : entries) {
            // A text names few of the catalogue's words: indexOf rules out the rest far faster than the pattern's scan.
            if (!folded.contains(e.firstPart())) {
                continue;
            }
            Matcher m = e.pattern().matcher(folded);
            while (m.find()) {
                found.add(new Hit(e.id(), e.word(), m.start(), m.end()));
            }
        }
        // Longest first, then keep only hits that overlap no kept one; then in text order, one per id.
        found.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::start));
        var kept = new ArrayList<Hit>();
        for (Hit h : found) {
            if (kept.stream().noneMatch(k -> h.start() < k.end() && k.start() < h.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        var seen = new java.util.HashSet<String>();
        return kept.stream().filter(h -> seen.add(h.id())).toList();
    }

    private static List<Entry> entries(Map<String, List<String>> words) {
        var out = new ArrayList<Entry>();
        words.forEach((id, list) -> list.forEach(w -> {
            String folded = Texts.fold(w);
            Pattern pattern = Pattern.compile("(?<= )" + Pattern.quote(folded).replace(" ", "\\E +\\Q") + "(?= )");
            out.add(new Entry(id, folded, folded.split(" ", 2)[0], pattern));
        }));
        return out;
    }
}
