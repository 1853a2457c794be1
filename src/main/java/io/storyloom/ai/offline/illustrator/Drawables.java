package io.storyloom.ai.offline.illustrator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue of things and places the illustrator can draw, from {@code offline/catalogue.json}
 * (the list the offline writer names things from). A prop or setting is matched on its words: the
 * longest catalogue word inside it, whole words only, so "fire engine" is a fire engine and "dragon
 * egg" an egg (the last thing named is what it is; the words before describe it).
 */
final class Drawables {

    private static final Drawables INSTANCE = load();

    record Data(Map<String, Thing> props, Map<String, Place> places) {
    }

    /**
     * @param shape how it is drawn: a {@link Prop} name, or {@code ANIMAL:<species>} for a creature
     * @param where ground, sky, held or flat: where it goes when the page does not say
     * @param size  its height next to the child's
     */
    record Thing(List<String> words, String shape, String where, String colour, double size, String kind) {
    }

    record Place(List<String> words, String terrain) {
    }

    /** A catalogue thing found in a text. */
    record Match(String id, Thing thing, int end) {
    }

    private record Word(String id, String word) {
    }

    private final Data data;
    private final List<Word> thingWords = new ArrayList<>();
    private final List<Word> placeWords = new ArrayList<>();

    private Drawables(Data data) {
        this.data = data;
        data.props().forEach((id, t) -> t.words().forEach(w -> thingWords.add(new Word(id, fold(w)))));
        data.places().forEach((id, p) -> p.words().forEach(w -> placeWords.add(new Word(id, fold(w)))));
        Comparator<Word> longestFirst = Comparator.comparingInt(w -> -w.word().length());
        thingWords.sort(longestFirst);
        placeWords.sort(longestFirst);
    }

    static Drawables get() {
        return INSTANCE;
    }

    int thingCount() {
        return data.props().size();
    }

    int placeCount() {
        return data.places().size();
    }

    /** The thing a prop's name is: the one named last ("dragon egg" is an egg), longest words first. */
    Optional<Match> thingOf(String name) {
        String text = " " + fold(name) + " ";
        Match best = null;
        boolean[] taken = new boolean[text.length()];
        for (Word w : thingWords) {
            int at = text.indexOf(" " + w.word() + " ");
            while (at >= 0) {
                int start = at + 1;
                int end = start + w.word().length();
                if (!taken[start] && !taken[end - 1]) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    if (best == null || end > best.end()) {
                        best = new Match(w.id(), data.props().get(w.id()), end);
                    }
                }
                at = text.indexOf(" " + w.word() + " ", at + 1);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The terrain of the first place the text names, longest words first, or empty. */
    Optional<Terrain> terrainOf(String text) {
        String padded = " " + fold(text) + " ";
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (Word w : placeWords) {
            int at = padded.indexOf(" " + w.word() + " ");
            if (at >= 0 && at < bestAt) {
                bestAt = at;
                best = w.id();
            }
        }
        return Optional.ofNullable(best).map(id -> Terrain.valueOf(data.places().get(id).terrain()));
    }

    /** Lower case, no accents, anything but letters and digits one space. */
    static String fold(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Drawables load() {
        var mapper = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Drawables.class.getResourceAsStream("/offline/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing offline resource /offline/catalogue.json");
            }
            return new Drawables(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /offline/catalogue.json", e);
        }
    }
}
