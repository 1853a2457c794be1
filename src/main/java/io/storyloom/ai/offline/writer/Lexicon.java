package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the offline writer recognises in free text, in every supported language — settings, the
 * story's central thing, lessons, companion kinds, colours, props, feelings — and how recognised
 * things look. Loaded once from {@code offline/lexicon.json}; ids and looks are English because
 * they are written for the illustrator, whatever the book's language.
 */
final class Lexicon {

    static final String DEFAULT_SETTING = "meadow";
    static final String DEFAULT_LESSON = "kindness";
    /** The lesson id of a parent's lesson that names none we know: their words are used as they are. */
    static final String CUSTOM_LESSON = "custom";
    static final String GENERIC_STYLE = "generic";

    private static final Lexicon INSTANCE = new Lexicon(SnakeCaseJson.resource("lexicon.json", Data.class));

    record Data(Map<String, Setting> settings, Map<String, Thing> things, Map<String, List<String>> lessons,
            Map<String, Kind> kinds, Map<String, Colour> colours, Map<String, List<String>> features,
            Map<String, List<String>> props, Map<String, List<String>> feelings, Map<String, List<String>> times,
            Map<String, StyleDirection> artStyles, List<String> names, List<String> genericCompanionWords,
            List<String> childLooks, List<String> childClothes) {
    }

    /** A place: how to recognise it, how it looks, the thing a story there is about by default, who helps there. */
    record Setting(List<String> keywords, String scene, String thing, List<String> palette, String light,
            String mood, List<String> props, Helper helper) {
    }

    /** The friendly creature a setting offers a child who sets off without a companion. */
    record Helper(String kind, String appearance) {
    }

    /** A story's central thing, the lesson it suggests and how it appears in a picture. */
    record Thing(List<String> keywords, String lesson, String prop) {
    }

    /** A companion kind with its look and default colours: body (hair/fur/scales), belly (skin), eyes, accent. */
    record Kind(List<String> keywords, String look, String body, String belly, String eyes, String accent) {
    }

    /**
     * A colour word and its shades: {@code hex} for clothes and bodies, and where they differ the
     * shade as hair, eyes or skin ("red hair" is auburn). A {@code weak} word such as "dark" only
     * counts when no real colour is named next to it.
     */
    record Colour(List<String> keywords, String hex, String hair, String skin, String eyes, Boolean weak) {

        boolean isWeak() {
            return Boolean.TRUE.equals(weak);
        }
    }

    /** How a known art style is painted: the art direction a book in it gets. */
    record StyleDirection(String medium, String lighting, String mood, String prompt, List<String> palette) {
    }

    private final Data data;
    private final KeywordGroups settings;
    private final KeywordGroups things;
    private final KeywordGroups lessons;
    private final KeywordGroups kinds;
    private final KeywordGroups colours;
    private final KeywordGroups features;
    private final KeywordGroups props;
    private final KeywordGroups feelings;
    private final KeywordGroups times;
    private final KeywordGroups genericWords;

    private Lexicon(Data data) {
        this.data = data;
        this.settings = new KeywordGroups(keywords(data.settings(), Setting::keywords));
        this.things = new KeywordGroups(keywords(data.things(), Thing::keywords));
        this.lessons = new KeywordGroups(data.lessons());
        this.kinds = new KeywordGroups(keywords(data.kinds(), Kind::keywords));
        this.colours = new KeywordGroups(keywords(data.colours(), Colour::keywords));
        this.features = new KeywordGroups(data.features());
        this.props = new KeywordGroups(data.props());
        this.feelings = new KeywordGroups(data.feelings());
        this.times = new KeywordGroups(data.times());
        this.genericWords = new KeywordGroups(Map.of("generic", data.genericCompanionWords()));
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** The setting of the first text that names one, else the default meadow. */
    String settingOf(String... texts) {
        return settings.firstIn(texts).orElse(DEFAULT_SETTING);
    }

    Setting setting(String id) {
        return data.settings().getOrDefault(id, data.settings().get(DEFAULT_SETTING));
    }

    Optional<String> thingOf(String text) {
        return things.firstIn(text);
    }

    Thing thing(String id) {
        return data.things().get(id);
    }

    Optional<String> lessonOf(String text) {
        return lessons.firstIn(text);
    }

    Optional<String> kindOf(String text) {
        return kinds.firstIn(text);
    }

    Optional<Kind> kind(String id) {
        return Optional.ofNullable(data.kinds().get(id));
    }

    boolean isKindWord(String word) {
        return kinds.firstIn(word).isPresent();
    }

    /** The plain words (no wildcard) that name a companion kind, for spotting a companion inside an idea. */
    List<String> kindWords() {
        return data.kinds().values().stream().flatMap(k -> k.keywords().stream())
                .map(w -> w.replace("*", "")).filter(w -> w.matches("[a-z ]{3,}")).distinct().toList();
    }

    /** Every word naming a companion kind as a pattern over unaccented text: "perr*" matches "perrito". */
    List<String> kindPatterns() {
        return data.kinds().values().stream().flatMap(k -> k.keywords().stream())
                .map(w -> w.endsWith("*") ? Pattern.quote(w.substring(0, w.length() - 1)) + "\\p{L}{0,4}"
                        : Pattern.quote(w))
                .distinct().toList();
    }

    boolean isGenericCompanionWord(String word) {
        return genericWords.firstIn(word).isPresent() || colours.firstIn(word).isPresent();
    }

    /** The colours a text names, in the order it names them. */
    List<Colour> coloursIn(String text) {
        return colours.allIn(text).stream().map(id -> data.colours().get(id)).toList();
    }

    /** Which feature ("hair", "eyes", "skin") a phrase such as "curly red hair" talks about. */
    Optional<String> featureOf(String phrase) {
        return features.firstIn(phrase);
    }

    /** Picture props a text mentions, in order of mention. */
    List<String> propsIn(String text) {
        return props.allIn(text);
    }

    /** The first feeling, in the lexicon's order of priority, that a text shows. */
    Optional<String> feelingOf(String text) {
        return feelings.firstListedIn(text);
    }

    /** The time of day a text names: "morning" before "night" (one gets out of bed in the morning), then "evening". */
    Optional<String> timeOf(String text) {
        return times.firstListedIn(text);
    }

    StyleDirection styleDirection(String id) {
        return data.artStyles().getOrDefault(id, data.artStyles().get(GENERIC_STYLE));
    }

    /**
     * A short, cute name picked from the text's hash, so a companion keeps its name in every answer
     * of the book whatever the seed, and never gets the child's own name.
     */
    String cuteName(String key, String avoid) {
        List<String> names = data.names();
        int start = Math.floorMod(key.hashCode(), names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get((start + i) % names.size());
            if (!name.equalsIgnoreCase(avoid)) {
                return name;
            }
        }
        return names.get(start);
    }

    /**
     * A look and an outfit for a child the parent did not describe, picked by the name's hash so the
     * same child looks the same in every answer, and two books do not show the same child.
     */
    List<String> defaultLook(String name) {
        int at = Math.floorMod(name.hashCode(), data.childLooks().size() * data.childClothes().size());
        return List.of(data.childLooks().get(at % data.childLooks().size()),
                data.childClothes().get(at / data.childLooks().size()));
    }

    private static <T> Map<String, List<String>> keywords(Map<String, T> items, Function<T, List<String>> words) {
        var out = new LinkedHashMap<String, List<String>>();
        items.forEach((id, item) -> out.put(id, words.apply(item)));
        return out;
    }

    /**
     * Finds which of several keyword groups a text talks about. Text and keywords are compared
     * folded ({@link Texts#fold}). A keyword ending in {@code *} also matches up to three more
     * letters ("star*" finds "stars"); others match whole words only, so the German "ei" does not
     * match "ein".
     */
    private static final class KeywordGroups {

        private final Map<String, List<Keyword>> groups = new LinkedHashMap<>();

        KeywordGroups(Map<String, List<String>> keywordsById) {
            keywordsById.forEach((id, words) -> groups.put(id, words.stream().map(Keyword::of).toList()));
        }

        /** The group mentioned earliest in the first text that mentions any; ties go to the group listed first. */
        Optional<String> firstIn(String... texts) {
            for (String text : texts) {
                List<String> all = allIn(text);
                if (!all.isEmpty()) {
                    return Optional.of(all.getFirst());
                }
            }
            return Optional.empty();
        }

        /** Every group the text mentions, in order of first mention. */
        List<String> allIn(String text) {
            String folded = Texts.fold(text);
            var hits = new ArrayList<Map.Entry<String, Integer>>();
            groups.forEach((id, patterns) -> {
                int at = position(folded, patterns);
                if (at >= 0) {
                    hits.add(Map.entry(id, at));
                }
            });
            hits.sort(Map.Entry.comparingByValue());
            return hits.stream().map(Map.Entry::getKey).toList();
        }

        /** The first group, in the order they are listed, that the text mentions. */
        Optional<String> firstListedIn(String text) {
            String folded = Texts.fold(text);
            return groups.entrySet().stream()
                    .filter(group -> position(folded, group.getValue()) >= 0)
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        private static int position(String folded, List<Keyword> keywords) {
            int best = -1;
            for (Keyword k : keywords) {
                int at = k.position(folded);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best;
        }
    }

    /**
     * A keyword as a pattern over folded text, whole words only ("perr*": the stem and up to three more letters),
     * with the first word of its stem: every match starts with it, so a text without it is ruled out by indexOf,
     * far faster than the pattern's scan (most texts name few of the keywords).
     */
    private record Keyword(String firstWord, Pattern pattern) {

        static Keyword of(String keyword) {
            boolean prefix = keyword.endsWith("*");
            String word = Texts.fold(prefix ? keyword.substring(0, keyword.length() - 1) : keyword);
            String body = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
            return new Keyword(word.split(" ", 2)[0], Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + body + (prefix ? "\\p{L}{0,3}" : "") + "(?![\\p{L}\\p{N}])"));
        }

        /** Where the keyword first stands in the folded text, or -1. */
        int position(String folded) {
            int from = folded.indexOf(firstWord);
            if (from < 0) {
                return -1;
            }
            Matcher m = pattern.matcher(folded);
            return m.find(from) ? m.start() : -1;
        }
    }
}
