package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

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
    private static final int MAX_TITLE = 120;
    private static final int MAX_SETTING = 300;
    private static final int MAX_TONE = 100;
    private static final int MAX_LESSON = 200;
    private static final int MAX_PAGE = 1200;

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

    private final Retelling retelling = new Retelling();

    /** English books retell the idea in their own sentences; the other languages fill their phrase banks. */
    Answers.Story write(BookFacts facts, Premise premise, long seed) {
        var bank = PhraseBank.forLanguage(facts.language());
        int count = facts.pageCount() > 0 ? Math.min(facts.pageCount(), MAX_PAGES) : DEFAULT_PAGES;
        // The youngest get the short sentences; so does a one-page book, to fit the whole arc on its page.
        int age = facts.child().age();
        boolean young = age > 0 && age <= YOUNG_AGE || count == 1;
        if (PhraseBank.FALLBACK.equals(bank.language())) {
            return retelling.write(facts, premise, count, young, seed);
        }
        var words = StoryWords.of(facts, premise, bank, new Random(seed), young);

        List<String> plan = PLANS.get(count - 1);
        var pages = new ArrayList<Answers.Page>();
        for (int i = 0; i < plan.size(); i++) {
            String text = List.of(plan.get(i).split(" ")).stream()
                    .map(words::beat)
                    .filter(s -> !s.isBlank())
                    .collect(Collectors.joining(" "));
            if (text.isBlank()) {
                text = words.render("{Name}.");
            }
            pages.add(new Answers.Page(i + 1, Texts.clipSentences(text, MAX_PAGE)));
        }

        String lesson = premise.lessonText().isEmpty() ? words.render("{lesson_name}") : premise.lessonText();
        var meta = new Answers.Meta(
                Texts.clip(words.render("{place}"), MAX_SETTING),
                Texts.clip(words.render("{tone}"), MAX_TONE),
                Texts.clip(lesson, MAX_LESSON));
        return new Answers.Story(Texts.clip(words.title(titleKind(premise)), MAX_TITLE), meta,
                List.copyOf(pages));
    }

    /** "Mia and the Lost Star" when the idea names the thing, else named after the friend, else the place. */
    private static String titleKind(Premise premise) {
        if (premise.thingFromIdea()) {
            return "thing";
        }
        return premise.hasCompanion() ? "pal" : "plain";
    }
}
