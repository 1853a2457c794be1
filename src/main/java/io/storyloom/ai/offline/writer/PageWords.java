package io.storyloom.ai.offline.writer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the scene planner needs to read a page in the book's language and answer in English for the
 * illustrator: that language's catalogue words, the English noun and scene of each catalogue id, and
 * the retelling bank's patterns that put a thing up a tree, in the sky or in hand.
 */
final class PageWords {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final Catalogue catalogue;
    private final RetellingBank bank;

    PageWords(String language) {
        this.catalogue = Catalogue.forLanguage(language);
        this.bank = RetellingBank.forLanguage(language);
    }

    boolean english() {
        return bank.english();
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** "kite" for the id the Spanish page names as "cometa": the illustrator reads English. */
    String englishNoun(String id) {
        Catalogue.Thing thing = Catalogue.get().thing(id);
        return thing == null ? "" : thing.noun();
    }

    /** The English scene of a place this language's story describes, found by the place it names; else as it is. */
    String englishScene(String setting) {
        if (english()) {
            return setting;
        }
        return catalogue.placesIn(setting).stream().findFirst()
                .map(hit -> Catalogue.get().place(hit.id()).scene()).orElse(setting);
    }

    /** The page's first sentence naming a catalogue thing, or empty. */
    String firstThingSentence(String text) {
        return ScenePlanner.sentences(text).stream().filter(s -> !catalogue.thingsIn(s).isEmpty()).findFirst()
                .orElse("");
    }

    /** The bank's pattern of that name for this language, else the English one. */
    Pattern pattern(String name, Pattern english) {
        if (english() || bank.sceneWords() == null || !bank.sceneWords().containsKey(name)) {
            return english;
        }
        return PATTERNS.computeIfAbsent(bank.sceneWords().get(name), Pattern::compile);
    }
}
