package io.storyloom.ai.offline.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The phrase banks: every language complete, every token known, nothing a small child should not hear. */
class OfflineStoryBankTest {

    private static final Set<String> TOKENS = Set.of("name", "pal", "age_word", "interests", "interest", "interest2",
            "idea", "lesson", "pal_desc", "sub", "obj", "pos", "kid", "place", "place_title", "to_place", "in_place",
            "spot", "helper", "tone", "arrive", "sight", "sight2", "reach", "thing_a", "thing_the", "thing_title",
            "trouble", "fix", "joy", "lesson_name", "help", "moral");
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    /** Words a gentle picture book for small children does without, per language ("die" is German for "the"). */
    private static final Map<String, Pattern> UNKIND = Map.of(
            "en", Pattern.compile("(?i)\\b(die[sd]?|dead|death|kill\\w*|blood\\w*|hurt|stupid|hate|monster\\w*|scary|terrif\\w*)\\b"),
            "es", Pattern.compile("(?i)\\b(muert\\w*|morir|matar|sangre|odi\\w*|tont\\w*|estúpid\\w*|monstruo\\w*)\\b"),
            "fr", Pattern.compile("(?i)\\b(mort\\w*|mourir|tuer|sang|bête|stupide|déteste\\w*|monstre\\w*)\\b"),
            "de", Pattern.compile("(?i)\\b(tot|sterben|töten|blut\\w*|hass\\w*|dumm\\w*|monster\\w*)\\b"));

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de"})
    void hasTheSameStructureAsEnglish(String language) {
        JsonNode english = bank("en");
        JsonNode other = bank(language);

        assertThat(paths(other)).containsExactlyInAnyOrderElementsOf(paths(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de"})
    void coversEverythingTheLexiconRecognises(String language) {
        JsonNode lexicon = OfflineStoryFixtures.JSON.readTree(getClass().getResourceAsStream("/offline/lexicon.json"));
        JsonNode bank = bank(language);

        assertThat(names(bank.get("settings"))).containsAll(names(lexicon.get("settings")));
        assertThat(names(bank.get("things"))).containsAll(names(lexicon.get("things")));
        assertThat(names(bank.get("lessons"))).containsAll(names(lexicon.get("lessons"))).contains("custom");
        assertThat(names(bank.get("pronouns"))).containsExactlyInAnyOrder("she", "he", "they", "name");
        lexicon.get("things").properties().forEach(t -> assertThat(names(lexicon.get("lessons")))
                .contains(t.getValue().get("lesson").asString()));
        lexicon.get("settings").properties().forEach(s -> assertThat(names(lexicon.get("things")))
                .contains(s.getValue().get("thing").asString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de"})
    void usesOnlyKnownTokensAndGentleWords(String language) {
        for (String text : texts(bank(language))) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String key = Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1);
                assertThat(TOKENS).as("token in %s", text).contains(key);
            }
            assertThat(text).as(language).doesNotContainPattern(UNKIND.get(language));
        }
    }

    private static JsonNode bank(String language) {
        return OfflineStoryFixtures.JSON.readTree(OfflineStoryBankTest.class.getResourceAsStream("/offline/story-" + language + ".json"));
    }

    /** Every object key path, leaving out array sizes (variants may differ in number) and a language's own possessives. */
    private static List<String> paths(JsonNode node) {
        var out = new ArrayList<String>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (node.isObject() && !path.endsWith("possessives")) {
            node.properties().forEach(e -> {
                out.add(path + "/" + e.getKey());
                collect(e.getValue(), path + "/" + e.getKey(), out);
            });
        } else if (node.isArray() && node.isEmpty() && !path.endsWith("lower_case_words")) {
            out.add(path + " is empty");
        }
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private static List<String> texts(JsonNode node) {
        if (node.isString()) {
            return List.of(node.asString());
        }
        var out = new ArrayList<String>();
        node.forEach(child -> out.addAll(texts(child)));
        return out;
    }
}
