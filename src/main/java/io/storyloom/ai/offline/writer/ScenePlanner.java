package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the moment each page's picture shows. The day moves on with the story — morning,
 * afternoon, evening, and night once the text speaks of the moon or bed, never back again — the
 * companion stays in the picture from the page it joins, and the camera changes from page to page.
 * Descriptions are English, for the illustrator; the action quotes the page.
 */
final class ScenePlanner {

    private static final List<String> TIMES = List.of("morning", "afternoon", "evening", "night");
    private static final List<String> LIGHT = List.of("in the soft morning light", "on a bright afternoon",
            "in the warm evening glow", "under a calm, starry night sky");
    private static final List<String> CAMERAS = List.of("wide shot", "medium shot", "close-up");
    private static final int MAX_SETTING = 300;
    private static final int MAX_ACTION = 140;
    private static final int MAX_NAME = 60;
    private static final int MAX_CHARACTERS = 6;
    private static final int MAX_PROP = 80;
    private static final int MAX_PROPS = 8;
    private static final int MAX_DESCRIPTION = 600;

    private final Lexicon lexicon;

    ScenePlanner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One scene per page of the story, in page order. */
    Answers.Scenes scenes(BookFacts facts, Premise premise) {
        return new Answers.Scenes(plan(facts, premise, pages(facts)));
    }

    /** The scene of the asked page, planned with the whole story so time and company carry over. */
    Answers.Scene scene(BookFacts facts, Premise premise) {
        int number = Math.max(facts.askedPage().number(), 1);
        var pages = new ArrayList<>(pages(facts));
        while (pages.size() < number) {
            pages.add(new BookFacts.Page(pages.size() + 1, ""));
        }
        if (!facts.askedPage().text().isEmpty()) {
            pages.set(number - 1, new BookFacts.Page(number, facts.askedPage().text()));
        }
        return plan(facts, premise, pages).get(number - 1);
    }

    /** The story's pages renumbered 1..n, or as many empty pages as the book should have. */
    private static List<BookFacts.Page> pages(BookFacts facts) {
        var pages = new ArrayList<BookFacts.Page>();
        for (var page : facts.pages()) {
            pages.add(new BookFacts.Page(pages.size() + 1, page.text()));
        }
        int count = Math.clamp(facts.pageCount(), 1, StoryWriter.MAX_PAGES);
        while (pages.isEmpty() || pages.size() < count && facts.pages().isEmpty()) {
            pages.add(new BookFacts.Page(pages.size() + 1, ""));
        }
        return pages;
    }

    private List<Answers.Scene> plan(BookFacts facts, Premise premise,
            List<BookFacts.Page> pages) {
        String setting = facts.setting().isEmpty()
                ? lexicon.setting(premise.setting()).scene()
                : Texts.clip(facts.setting(), MAX_SETTING);
        List<String> characters = characters(facts, premise);
        var joined = new LinkedHashSet<String>();
        joined.add(characters.getFirst());
        int time = 0;
        var scenes = new ArrayList<Answers.Scene>();
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).text();
            time = Math.max(time, timeOf(text, i, pages.size()));
            characters.stream().filter(name -> mentions(text, name)).forEach(joined::add);
            List<String> present = characters.stream().filter(joined::contains).toList();
            String emotion = lexicon.feelingOf(text).orElse(i == 0 ? "happy and curious" : "happy");
            List<String> props = props(text, facts, premise);
            String camera = i == 0 || i == pages.size() - 1 ? CAMERAS.getFirst() : CAMERAS.get(i % CAMERAS.size());
            scenes.add(new Answers.Scene(i + 1, setting, TIMES.get(time), action(text, present, setting),
                    emotion, present, props, camera, description(present, setting, time, emotion, props)));
        }
        return scenes;
    }

    /** The profile's names (child first), or the child and companion when the profile is not known yet. */
    private static List<String> characters(BookFacts facts, Premise premise) {
        var names = new ArrayList<String>();
        facts.characters().stream().limit(MAX_CHARACTERS).map(n -> Texts.clip(n, MAX_NAME)).forEach(names::add);
        if (names.isEmpty()) {
            names.add(facts.child().name().isEmpty() ? "the child" : Texts.clip(facts.child().name(), MAX_NAME));
            if (premise.hasCompanion()) {
                names.add(premise.palName());
            }
        }
        return names;
    }

    /** The time the page names, else the day's progress through the book. */
    private int timeOf(String text, int index, int pages) {
        var named = lexicon.timeOf(text);
        if (named.isPresent()) {
            return TIMES.indexOf(named.get());
        }
        if (pages == 1) {
            return 0;
        }
        double progress = (double) index / (pages - 1);
        return progress < 0.34 ? 0 : progress < 0.67 ? 1 : 2;
    }

    private static boolean mentions(String text, String name) {
        return text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    /** The page's first sentence that is not speech, as the short action the picture shows. */
    private static String action(String text, List<String> present, String setting) {
        String rest = text;
        while (!rest.isBlank()) {
            String sentence = Texts.firstSentence(rest);
            rest = rest.substring(sentence.length()).strip();
            String plain = sentence.replaceAll("[.!?…]+$", "").strip();
            if (!plain.isEmpty() && !plain.matches("^[“\"«„—-].*")) {
                return Texts.clip(plain, MAX_ACTION);
            }
        }
        return Texts.clip(String.join(" and ", present) + " exploring " + setting, MAX_ACTION);
    }

    /** Things the page names, then the child's interests, then what the setting always shows. */
    private List<String> props(String text, BookFacts facts, Premise premise) {
        var props = new LinkedHashSet<>(lexicon.propsIn(text));
        facts.child().interests().stream().map(i -> Texts.clip(i, MAX_PROP)).forEach(props::add);
        if (props.isEmpty()) {
            props.addAll(lexicon.setting(premise.setting()).props());
        }
        return props.stream().limit(MAX_PROPS).toList();
    }

    private static String description(List<String> present, String setting, int time, String emotion,
            List<String> props) {
        String who = Texts.joinAnd(present, "and");
        String nearby = props.isEmpty() ? "" : " Nearby: " + Texts.joinAnd(props.stream().limit(3).toList(), "and")
                + ".";
        String text = Texts.capitalize(who) + " in " + setting + ", " + LIGHT.get(time) + "; "
                + present.getFirst() + " looks " + emotion + "." + nearby;
        return Texts.clip(text, MAX_DESCRIPTION);
    }
}
