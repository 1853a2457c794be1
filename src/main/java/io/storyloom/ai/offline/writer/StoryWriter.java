package io.storyloom.ai.offline.writer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the structured story: the premise laid over a picture-book arc, in the child's language.
 * The arc always has a beginning, a small problem, its resolution and a happy ending; longer books
 * get more middle (travelling, playing, wondering, a first try that fails), short ones put several
 * beats on a page, and a one-page book tells the whole arc on that page in short sentences.
 */
final class StoryWriter {

    static final int DEFAULT_PAGES = 6;
    static final int MAX_PAGES = 12;
    private static final int YOUNG_AGE = 4;

    /** Beats per page, by page count; beat names are keys of the phrase banks' "beats". */
    static final List<List<String>> PLANS = List.of(
            List.of("opening premise companion problem resolution ending"),
            List.of("opening premise companion", "problem help resolution ending"),
            List.of("opening premise", "companion problem help", "resolution celebrate ending"),
            List.of("opening premise", "companion problem", "help resolution", "celebrate ending"),
            List.of("opening", "premise", "companion problem", "help resolution", "celebrate ending"),
            List.of("opening", "premise", "companion play", "problem", "help resolution", "celebrate ending"),
            List.of("opening", "premise", "companion", "play", "problem", "help resolution", "celebrate ending"),
            List.of("opening", "premise", "companion", "play", "problem", "help", "resolution", "celebrate ending"),
            List.of("opening", "premise", "companion", "journey", "play", "problem", "help", "resolution",
                    "celebrate ending"),
            List.of("opening", "premise", "companion", "journey", "play", "wonder", "problem", "help", "resolution",
                    "celebrate ending"),
            List.of("opening", "premise", "companion", "journey", "play", "wonder", "problem", "try", "help",
                    "resolution", "celebrate ending"),
            List.of("opening", "premise", "companion", "journey", "play", "wonder", "problem", "try", "help",
                    "resolution", "celebrate", "ending"));

    private final Map<String, Retelling> retellings = new ConcurrentHashMap<>();

    /** Every book retells the idea in its own sentences; a language without banks is told in English. */
    Answers.Story write(BookFacts facts, Premise premise, long seed) {
        var bank = PhraseBank.forLanguage(facts.language());
        int count = facts.pageCount() > 0 ? Math.min(facts.pageCount(), MAX_PAGES) : DEFAULT_PAGES;
        // The youngest get the short sentences; so does a one-page book, to fit the whole arc on its page.
        int age = facts.child().age();
        boolean young = age > 0 && age <= YOUNG_AGE || count == 1;
        return retellings.computeIfAbsent(bank.language(), Retelling::new).write(facts, premise, count, young, seed);
    }
}
