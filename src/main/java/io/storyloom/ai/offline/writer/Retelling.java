package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Tells the parent's idea as a picture book in the book's language, in its own past-tense sentences: the
 * idea read into who, does what, with what and where ({@link Idea}), then a beginning, a problem, a
 * turn that carries the lesson, and an ending, laid over the pages as {@link StoryWriter}'s arc. The
 * idea's words are never printed as they were written; only its object, place and companion are named.
 */
final class Retelling {

    private static final int MAX_TITLE = 120;
    private static final int MAX_SETTING = 300;
    private static final int MAX_LESSON = 200;
    private static final int MAX_PAGE = 1200;
    private static final Map<String, String> DEFAULT_THINGS = Map.ofEntries(Map.entry("star", "star"),
            Map.entry("egg", "egg"), Map.entry("treasure", "treasure"), Map.entry("kite", "kite"),
            Map.entry("balloon", "balloon"), Map.entry("kitten", "cat"), Map.entry("puppy", "dog"),
            Map.entry("crown", "crown"), Map.entry("book", "book"), Map.entry("shell", "shell"),
            Map.entry("party", "cake"));
    private static final Map<String, String> PLACES_OF_SETTINGS = Map.of("ocean", "underwater");
    /** The action a thing suggests when the idea names no verb: a train is ridden, a treehouse built. */
    private static final Map<String, String> ACTIONS_OF_KINDS = Map.of("vehicle", "ride", "building", "build",
            "animal", "meet", "food", "bake", "toy", "find", "nature", "find", "weather", "find", "space", "find",
            "sea", "find");

    /** The flying things with an engine, whose story is a launch rather than a windy day. */
    private static final java.util.Set<String> POWERED = java.util.Set.of("rocket", "ufo", "plane", "helicopter");

    private final RetellingBank bank;
    private final Catalogue catalogue;
    private final PhraseBank phrases;

    /** The retelling in a language with a retelling bank and catalogue words: en, es, fr or de. */
    Retelling(String language) {
        this.bank = RetellingBank.forLanguage(language);
        this.catalogue = Catalogue.forLanguage(language);
        this.phrases = PhraseBank.forLanguage(language);
    }

    Answers.Story write(BookFacts facts, Premise premise, int count, boolean young, long seed) {
        // The seed with the idea and the name: reproducible per book, and two books differ even on one seed.
        var random = new Random(seed * 31 + (facts.idea() + "|" + facts.child().name()).hashCode());
        var words = StoryWords.of(facts, premise, phrases, random);
        Idea idea = premise.idea();
        String action = actionOf(idea);
        String placeId = placeOf(idea, premise, action);
        String thingId = idea.hasThing() ? idea.thing()
                : "visit".equals(action) || "start".equals(action) ? bank.landmarks().getOrDefault(placeId, "tree")
                : DEFAULT_THINGS.getOrDefault(premise.thing(), "star");
        Catalogue.Thing thing = catalogue.thing(thingId);
        Catalogue.Place place = catalogue.place(placeId);
        String lesson = lessonOf(premise);

        fillPronouns(words, facts.child().pronounKey());
        if (bank.english()) {
            fillThing(words, idea, thing);
        } else {
            ThingForms.of(bank, thing, idea.hasThing() && idea.plural()).forEach(words::ending);
            fillInterests(words, facts.child().interests());
            List<String> look = idea.plural() ? bank.looksPlural() : bank.looks().getOrDefault(thing.kind(), List.of());
            words.define("its_look", look.isEmpty() ? "" : look.getFirst());
        }
        fillPlace(words, idea, placeId, place, thing, random);
        fillCompanion(words, premise);
        words.connectors(bank.connectors());
        words.pickAnyVariant();
        boolean travels = "ride".equals(action) || "fly".equals(action);
        // A rocket is not carried by the wind: things with an engine are told as a launch.
        String told = "fly".equals(action) && POWERED.contains(thingId) ? "launch" : action;

        boolean alone = !premise.hasCompanion();
        boolean interests = !facts.child().interests().isEmpty();
        List<String> plan = withTurn(StoryWriter.PLANS.get(count - 1));
        var pages = new ArrayList<Answers.Page>();
        for (int i = 0; i < plan.size(); i++) {
            String text = List.of(plan.get(i).split(" ")).stream()
                    .map(beat -> alone ? aloneBeat(beat, travels) : beat)
                    .map(beat -> beat(words, beat, told, lesson, young, interests))
                    .filter(s -> !s.isBlank())
                    .collect(Collectors.joining(" "));
            if (text.isBlank()) {
                text = words.render("{Name}.");
            }
            pages.add(new Answers.Page(i + 1, Texts.clipSentences(text, MAX_PAGE)));
        }
        String lessonMeta = premise.lessonText().isEmpty() ? words.render("{lesson_name}") : premise.lessonText();
        var meta = new Answers.Meta(Texts.clip(place.scene(), MAX_SETTING), words.render("{tone}"),
                Texts.clip(lessonMeta, MAX_LESSON));
        return new Answers.Story(Texts.clip(title(words, idea, place), MAX_TITLE), meta, List.copyOf(pages));
    }

    /** "Mia and the Dragon Egg", or for a visit without a thing of its own, the place: "Mia's Big Day at the Zoo". */
    private String title(StoryWords words, Idea idea, Catalogue.Place place) {
        boolean visit = !idea.hasThing() && !idea.place().isEmpty();
        if (bank.english()) {
            return titleCase(visit ? words.render("{Name}'s Big Day " + Texts.capitalize(place.in()))
                    : words.render("{Name} and {thing_title}"));
        }
        return Texts.capitalize(words.render(bank.phrases().get(visit ? "title_place" : "title")));
    }

    /** The child's interests in the book's language where the catalogue knows them ("dinosaurs": "los dinosaurios"). */
    private void fillInterests(StoryWords words, List<String> interests) {
        var named = interests.stream().limit(3).map(i -> Texts.clip(i, 60)).map(this::interestWords).toList();
        if (named.isEmpty()) {
            return;
        }
        words.literal("interests", Texts.joinAnd(named, phrases.and()));
        words.literal("interest", named.getFirst());
        words.literal("interest2", named.size() > 1 ? named.get(1) : "");
    }

    private String interestWords(String interest) {
        String folded = Texts.fold(interest);
        for (Catalogue known : List.of(catalogue, Catalogue.get())) {
            var hits = known.thingsIn(interest);
            // Only an interest that is the thing and nothing more: "drawing dinosaurs" stays as it was written.
            if (hits.size() == 1 && hits.getFirst().word().equals(folded)) {
                return ThingForms.interest(bank, catalogue.thing(hits.getFirst().id()));
            }
        }
        return interest;
    }

    /** The arc with its turn: short books fold the lesson into the page where the problem is solved. */
    private static List<String> withTurn(List<String> plan) {
        if (plan.stream().anyMatch(page -> List.of(page.split(" ")).contains("help"))) {
            return plan;
        }
        return plan.stream().map(page -> page.replace("resolution", "help resolution")).toList();
    }

    /**
     * Without a companion the arc looks around where it would have met one: at the place, or, on a
     * ride that only gets there at the end, at the thing.
     */
    private static String aloneBeat(String beat, boolean travels) {
        return switch (beat) {
            case "companion" -> travels ? "wonder" : "journey";
            case "journey" -> "wonder";
            default -> beat;
        };
    }

    private String beat(StoryWords words, String beat, String action, String lesson, boolean young,
            boolean interests) {
        var act = bank.actions().get(action);
        return switch (beat) {
            case "premise" -> words.beatFrom(act.setup());
            case "problem" -> words.beatFrom(act.problem());
            case "resolution" -> words.beatFrom(act.resolution());
            // The turn involves the companion when there is one; the opening and play use the child's interests.
            case "help" -> words.richestBeatFrom(bank.lessons().getOrDefault(lesson, bank.lessons().get("custom")));
            default -> {
                List<String> variants = young && bank.beats().containsKey(beat + "_young")
                        ? bank.beats().get(beat + "_young") : bank.beats().get(beat);
                yield interests && ("opening".equals(beat) || "play".equals(beat)) ? words.richestBeatFrom(variants)
                        : words.beatFrom(variants);
            }
        };
    }

    private String placeOf(Idea idea, Premise premise, String action) {
        if (!idea.place().isEmpty()) {
            return idea.place();
        }
        if (idea.hasThing() && bank.thingPlaces().containsKey(idea.thing())) {
            return bank.thingPlaces().get(idea.thing());
        }
        if (bank.actionPlaces().containsKey(action)) {
            return bank.actionPlaces().get(action);
        }
        String setting = PLACES_OF_SETTINGS.getOrDefault(premise.setting(), premise.setting());
        return catalogue.place(setting) != null ? setting : "meadow";
    }

    /**
     * The idea's verb where it fits its thing, else what the thing suggests: a visit to an animal is a
     * meeting, riding a cactus is finding one, building a pizza is baking it.
     */
    private String actionOf(Idea idea) {
        if (!idea.hasThing()) {
            return idea.action().isEmpty() || "find".equals(idea.action()) && !idea.place().isEmpty()
                    ? idea.place().isEmpty() ? "find" : "visit" : idea.action();
        }
        Catalogue.Thing thing = catalogue.thing(idea.thing());
        String kind = thing.kind();
        boolean vehicle = "vehicle".equals(kind) || "rocket".equals(idea.thing()) || "ufo".equals(idea.thing());
        String fallback = vehicle ? ("sky".equals(thing.where()) ? "fly" : "ride")
                : List.of("ball", "blocks", "drum").contains(idea.thing()) ? "play"
                : List.of("kite", "balloon").contains(idea.thing()) ? "fly"
                : ACTIONS_OF_KINDS.getOrDefault(kind, "find");
        String action = idea.action();
        boolean fits = switch (action) {
            case "" -> false;
            case "ride" -> vehicle || "animal".equals(kind) && thing.size() >= 0.8;
            case "fly" -> vehicle || "kite".equals(idea.thing()) || "balloon".equals(idea.thing())
                    || "plane".equals(idea.thing());
            case "visit" -> "building".equals(kind) && thing.size() >= 1;
            case "build" -> "building".equals(kind) || "toy".equals(kind) || "vehicle".equals(kind);
            case "bake" -> "food".equals(kind);
            case "meet" -> "animal".equals(kind) || "toy".equals(kind);
            default -> true;
        };
        if (fits) {
            return action;
        }
        if ("build".equals(action) && "food".equals(kind)) {
            return "bake";
        }
        return fallback;
    }

    /** The lesson to weave in: a known one, or the one the parent's own words point to, else a general turn. */
    private String lessonOf(Premise premise) {
        if (!Lexicon.CUSTOM_LESSON.equals(premise.lesson())) {
            return premise.lesson();
        }
        return bank.lessonIn(premise.lessonText()).orElse(Lexicon.CUSTOM_LESSON);
    }

    private void fillPronouns(StoryWords words, String key) {
        bank.pronouns().get(key).forEach(words::define);
    }

    private void fillThing(StoryWords words, Idea idea, Catalogue.Thing thing) {
        String noun = idea.hasThing() ? idea.thingWords() : thing.noun();
        boolean plural = idea.plural();
        String shown = plural ? pluralOf(noun, thing) : noun;
        words.literal("thing", shown);
        words.literal("thing_plural", pluralOf(noun, thing));
        words.literal("thing_a", plural ? "some " + shown : article(shown) + " " + shown);
        words.literal("thing_the", "the " + shown);
        words.literal("thing_title", "the " + titleCase(shown));
        words.literal("it", plural ? "them" : "it");
        words.literal("itself", plural ? "themselves" : "itself");
        words.literal("was", plural ? "were" : "was");
        words.literal("was_there", plural ? "were" : "was");
        words.literal("grown", grown(idea, thing, plural, noun));
        List<String> look = plural ? bank.looksPlural() : bank.looks().getOrDefault(thing.kind(), List.of());
        words.define("its_look", look.isEmpty() ? "" : look.getFirst());
    }

    private void fillPlace(StoryWords words, Idea idea, String placeId, Catalogue.Place place,
            Catalogue.Thing thing, Random random) {
        words.literal("place", place.scene());
        words.literal("place_the", place.the());
        words.literal("in_place", place.in());
        // A ride that starts at the station goes somewhere else.
        words.literal("to_place", "station".equals(placeId) && bank.english()
                ? "from the station, across the countryside" : place.to());
        words.literal("use_verb", "vehicle".equals(thing.kind()) ? "ride" : "use");
        words.literal("ride_verb", List.of("boat", "sailboat", "ship").contains(idea.thing()) ? "sail" : "ride");
        String spot = !idea.spot().isEmpty() ? idea.spot() : bank.placeSpots().getOrDefault(placeId, "tree");
        if ("sky".equals(thing.where()) && !"tree".equals(spot)) {
            spot = "sky";
        }
        words.define("spot", bank.spots().getOrDefault(spot, bank.spots().get("tree")));
        words.define("sight", bank.sights().getOrDefault(placeId, ""));
        words.define("sighting", bank.sightings().getOrDefault(thing.small() ? "default" : "tree",
                bank.sightings().get("default")));
        words.define("tone", bank.english() ? random.nextBoolean() ? "warm, playful" : "gentle, cheerful"
                : bank.phrases().get("tone"));
    }

    private void fillCompanion(StoryWords words, Premise premise) {
        if (premise.hasCompanion()) {
            words.literal("pal", premise.palName());
            words.literal("with_pal", bank.english() ? " with " + premise.palName()
                    : " " + words.render(bank.phrases().get("with_pal")));
        } else {
            words.literal("pal", "");
            words.literal("with_pal", "");
        }
    }

    /** What a planted thing grows into: sunflower seeds into a sunflower, a seed into a plant. */
    private static String grown(Idea idea, Catalogue.Thing thing, boolean plural, String noun) {
        if (!thing.words().contains("seed")) {
            return (plural ? "some " + noun : article(noun) + " " + noun);
        }
        String[] parts = noun.split(" ");
        return parts.length > 1 ? "a tall " + parts[parts.length - 2] : "a tall green plant";
    }

    private static String pluralOf(String noun, Catalogue.Thing thing) {
        String[] parts = noun.split(" ");
        String last = parts[parts.length - 1];
        String plural = last.equals(thing.noun()) ? thing.pluralNoun()
                : last.endsWith("y") && !last.endsWith("ey") ? last.substring(0, last.length() - 1) + "ies"
                : last.endsWith("s") || last.endsWith("sh") || last.endsWith("ch") || last.endsWith("x")
                        ? last + "es" : last + "s";
        parts[parts.length - 1] = plural;
        return String.join(" ", parts);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 && !noun.startsWith("uni") ? "an" : "a";
    }

    private static String titleCase(String text) {
        var out = new StringBuilder();
        for (String word : text.split(" ")) {
            boolean small = List.of("and", "the", "a", "an", "of", "in", "on", "at", "to").contains(word);
            out.append(out.isEmpty() || !small ? Texts.capitalize(word) : word).append(' ');
        }
        return out.toString().strip();
    }
}
