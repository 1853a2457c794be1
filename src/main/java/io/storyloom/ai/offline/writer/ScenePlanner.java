package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the moment each page's picture shows. The day moves on with the story — morning,
 * afternoon, evening, and night once the text speaks of the moon or bed, never back again — the
 * companion stays in the picture from the page it joins, and the camera changes from page to page.
 * Descriptions, settings and props are English, for the illustrator, whatever the book's language (a
 * Spanish page naming "la cometa" gets the prop "kite"); the action quotes the page.
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
        var words = new PageWords(facts.language());
        String setting = facts.setting().isEmpty()
                ? lexicon.setting(premise.setting()).scene()
                : words.englishScene(Texts.clip(facts.setting(), MAX_SETTING));
        List<String> characters = characters(facts, premise);
        var joined = new LinkedHashSet<String>();
        joined.add(characters.getFirst());
        int time = 0;
        var scenes = new ArrayList<Answers.Scene>();
        String bookSetting = setting;
        boolean stuckUp = false;
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).text();
            setting = pageSetting(text, bookSetting, words);
            time = Math.max(time, timeOf(text, i, pages.size()));
            characters.stream().filter(name -> mentions(text, name)).forEach(joined::add);
            List<String> present = characters.stream().filter(joined::contains).toList();
            String emotion = lexicon.feelingOf(text).orElse(i == 0 ? "happy and curious" : "happy");
            List<String> props = props(text, premise, words);
            String key = words.english() ? premise.idea().thingWords() : words.englishNoun(premise.idea().thing());
            if (!key.isEmpty()) {
                // The thing stays up the tree, page after page, until a page brings it down.
                if (props.contains(key + UP_IN_A_TREE)) {
                    stuckUp = true;
                } else if (words.pattern("down", BROUGHT_DOWN).matcher(Texts.fold(text)).find()) {
                    stuckUp = false;
                } else if (stuckUp && props.contains(key)) {
                    props = props.stream().map(p -> p.equals(key) ? key + UP_IN_A_TREE : p).toList();
                }
            }
            String camera = i == 0 || i == pages.size() - 1 ? CAMERAS.getFirst() : CAMERAS.get(i % CAMERAS.size());
            String action = words.english() ? action(text, present, setting, props)
                    : action(text, present, setting, words.firstThingSentence(text));
            scenes.add(new Answers.Scene(i + 1, setting, TIMES.get(time), action,
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

    /** Whether the text names the character as a word of its own: "Bo" is not in "everybody". */
    private static boolean mentions(String text, String name) {
        String lower = text.toLowerCase(Locale.ROOT);
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
            int end = at + wanted.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            boolean endsWord = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** The place the page names, else the book's: a page at the station shows the station. */
    private static String pageSetting(String text, String bookSetting, PageWords words) {
        return words.catalogue().placesIn(text).stream().findFirst()
                .map(hit -> Catalogue.get().place(hit.id()).scene())
                .filter(scene -> !bookSetting.contains(scene))
                .orElse(bookSetting);
    }

    /**
     * The page's first sentence that names its first thing, else its first sentence that is not speech,
     * as the short action the picture shows.
     */
    private static String action(String text, List<String> present, String setting, List<String> props) {
        if (!props.isEmpty()) {
            String first = Texts.fold(props.getFirst().replaceAll(" (up in a tree|in the sky|in hand)$", ""));
            for (String sentence : sentences(text)) {
                if (Texts.fold(sentence).contains(first) && !isSpeech(sentence)) {
                    return Texts.clip(sentence.replaceAll("[.!?…]+$", "").strip(), MAX_ACTION);
                }
            }
        }
        return action(text, present, setting, "");
    }

    /** The given sentence naming the page's thing, else the page's first sentence that is not speech. */
    private static String action(String text, List<String> present, String setting, String named) {
        if (!named.isEmpty() && !isSpeech(named)) {
            return Texts.clip(named.replaceAll("[.!?…]+$", "").strip(), MAX_ACTION);
        }
        String rest = text;
        while (!rest.isBlank()) {
            String sentence = Texts.firstSentence(rest);
            rest = rest.substring(sentence.length()).strip();
            String plain = sentence.replaceAll("[.!?…]+$", "").strip();
            if (!plain.isEmpty() && !isSpeech(plain)) {
                return Texts.clip(plain, MAX_ACTION);
            }
        }
        return Texts.clip(String.join(" and ", present) + " exploring " + setting, MAX_ACTION);
    }

    /**
     * The things the page names and nothing else, so a picture never fills up with things the page is not
     * about: catalogue things in the story's own words ("dragon egg"), each with where the page puts it
     * ("up in a tree", "in the sky", "in hand"), then what the lexicon recognises in other languages.
     */
    private List<String> props(String text, Premise premise, PageWords words) {
        var props = new LinkedHashSet<String>();
        var catalogue = words.catalogue();
        Idea idea = premise.idea();
        var hits = catalogue.thingsIn(text);
        boolean keyNamed = hits.stream().anyMatch(h -> h.id().equals(idea.thing()));
        String keyWords = " " + Texts.fold(idea.thingWords()) + " ";
        String companion = premise.hasCompanion()
                ? " " + Texts.fold(premise.companion().description() + " " + premise.companion().kind()) + " " : " ";
        for (var hit : hits) {
            // The companion is drawn as a character, not again as a prop.
            if (companion.contains(" " + hit.word() + " ")) {
                continue;
            }
            // "dragon" in "dragon egg" describes the egg; it is not a dragon of its own.
            if (keyNamed && !hit.id().equals(idea.thing())
                    && keyWords.contains(" " + hit.word() + " ")) {
                continue;
            }
            // The key thing keeps the idea's describing words, in the page's own number: "friendly dinosaurs".
            String name = !words.english() ? words.englishNoun(hit.id())
                    : hit.id().equals(idea.thing())
                    ? (idea.thingWords().substring(0, idea.thingWords().lastIndexOf(' ') + 1) + hit.word()).strip()
                    : hit.word();
            props.add(Texts.clip(name + where(text, hit, catalogue.thing(hit.id()), words), MAX_PROP));
        }
        // Words of other languages the lexicon knows, unless the catalogue already named the same thing.
        for (String prop : lexicon.propsIn(text)) {
            if (Catalogue.get().thingsIn(prop).stream()
                    .noneMatch(h -> props.stream().anyMatch(p -> p.contains(h.word())))) {
                props.add(prop);
            }
        }
        return props.stream().limit(MAX_PROPS).toList();
    }

    private static final String UP_IN_A_TREE = " up in a tree";
    /** Things up to this size next to the child fit in a tree or in the hands. */
    private static final double HOLDABLE = 0.6;
    private static final java.util.regex.Pattern BROUGHT_DOWN = java.util.regex.Pattern.compile(
            "\\b(down|reached|carried|lifted)\\b");
    private static final java.util.regex.Pattern UP_A_TREE = java.util.regex.Pattern.compile(
            "\\b(up in the branches|up in (a|the) (tall |old )?(apple )?tree|in the branches|stuck up a tree)\\b");
    private static final java.util.regex.Pattern IN_THE_SKY = java.util.regex.Pattern.compile(
            "\\b(in the sky|into the sky|into the air|above the treetops|up, up, up|high in the sky)\\b");
    private static final java.util.regex.Pattern IN_HAND = java.util.regex.Pattern.compile(
            "\\b(carried|carrying|held|holding|picked up|in (her|his|their) hands?|hugged)\\b");

    /** Where the sentence naming a thing puts it: up a tree, in the sky or in the child's hands; else nowhere special. */
    private static String where(String text, Catalogue.Hit hit, Catalogue.Thing thing, PageWords words) {
        for (String sentence : sentences(text)) {
            String folded = Texts.fold(sentence);
            if (!(" " + folded + " ").contains(" " + hit.word() + " ") || "tree".equals(hit.id())) {
                continue;
            }
            if (thing.size() <= HOLDABLE && words.pattern("tree", UP_A_TREE).matcher(folded).find()) {
                return UP_IN_A_TREE;
            }
            if (words.pattern("sky", IN_THE_SKY).matcher(folded).find() && !"building".equals(thing.kind())) {
                return " in the sky";
            }
            if (thing.size() <= HOLDABLE && words.pattern("hand", IN_HAND).matcher(folded).find()) {
                return " in hand";
            }
        }
        return "";
    }

    private static boolean isSpeech(String sentence) {
        return sentence.matches("^[“\"«„—-].*");
    }

    static List<String> sentences(String text) {
        var out = new ArrayList<String>();
        String rest = text;
        while (!rest.isBlank()) {
            String sentence = Texts.firstSentence(rest);
            out.add(sentence);
            rest = rest.substring(sentence.length()).strip();
        }
        return out;
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
