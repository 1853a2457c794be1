package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parent's idea, read into its parts by a few rules over its words, so the writer can tell it in
 * its own sentences instead of repeating it: who comes along, what the child does, with what, where,
 * and where the thing is ("up a tree"). Only catalogue words and a short list of describing words are
 * ever kept from the idea, so no stretch of the parent's text is printed as it was written.
 *
 * @param action     an action id of the retelling bank ("find", "build", "ride", …), or empty when the idea
 *                   names no verb we know
 * @param thing      the catalogue id of the idea's key object, or empty
 * @param thingWords the object as the story names it: describing words from the idea and the noun, e.g.
 *                   "dragon egg" (singular)
 * @param plural     whether the idea speaks of several ("dinosaurs")
 * @param place      the catalogue id of the place the idea names, or empty
 * @param spot       where the thing is, when the idea says: a spot id of the retelling bank ("tree", "sky"), or empty
 * @param companion  the words of a companion the idea names ("her dog Rex", "Grandma"), or empty
 */
record Idea(String action, String thing, String thingWords, boolean plural, String place, String spot,
        String companion) {

    private static final int MAX_MODIFIERS = 2;
    /** Describing words worth keeping in front of the object; anything else the idea says is left out. */
    private static final Set<String> DESCRIBING = Set.of("big", "little", "small", "tiny", "giant", "huge", "old",
            "new", "magic", "magical", "secret", "lost", "shiny", "sparkly", "golden", "silver", "wooden", "sleepy",
            "baby", "rainbow", "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black",
            "white", "grey", "gray", "spotty", "striped", "fluffy", "friendly", "talking", "flying", "dragon",
            "dinosaur", "pirate", "space", "birthday", "chocolate", "strawberry", "toy", "paper", "snow", "sand",
            "tree", "steam", "fire", "police", "school", "jam", "honey", "apple", "sea", "wild", "musical",
            "enormous", "cosy", "cozy", "speckled", "spotted", "glowing", "twinkly", "colourful", "colorful");
    static final String FAMILY = "grandma|granny|grandmother|nana|grandpa|grandad|granddad|grandfather|"
            + "mum|mom|mummy|mommy|mother|dad|daddy|father|sister|brother|baby brother|baby sister|best friend|"
            + "friend|cousin|aunt|auntie|uncle|teacher|neighbour|neighbor";
    private static final Pattern WITH_COMPANION = Pattern.compile("\\b(?:with|and)\\s+((?:(?:her|his|their|my|"
            + "our|a|an|the|big|little|best|pet)\\s+){0,3}(?:" + FAMILY + "|%s)(?:\\s+\\p{Lu}[\\p{L}'-]+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_NAME = Pattern.compile("\\band\\s+(\\p{Lu}[\\p{L}'-]+)");
    private static final Map<String, Pattern> SPOTS = Map.of(
            "tree", Pattern.compile("\\b(?:up|in|into|on|at the top of)\\s+(?:a|the|an old|a tall|the tall|the old)?\\s*"
                    + "(?:tree|trees|branch|branches|treetop|treetops)\\b"),
            "sky", Pattern.compile("\\b(?:in|into|across|through)\\s+the\\s+sky\\b"),
            "shelf", Pattern.compile("\\bon\\s+(?:a|the|top of the)\\s+(?:top\\s+)?shelf\\b"),
            "rock", Pattern.compile("\\bon\\s+(?:a|the)\\s+(?:big\\s+|tall\\s+)?rock\\b"),
            "cloud", Pattern.compile("\\bon\\s+(?:a|the)\\s+cloud\\b"));

    static Idea read(String text, String childName, RetellingBank bank, Lexicon lexicon) {
        return read(text, childName, bank, lexicon, Catalogue.get());
    }

    /**
     * The idea in the bank's language, with that language's catalogue words. Other languages than English
     * keep the catalogue's noun alone: their describing words come after the noun and agree with it.
     */
    static Idea read(String text, String childName, RetellingBank bank, Lexicon lexicon, Catalogue catalogue) {
        IdeaWords reading = bank.reading();
        String clean = Texts.clean(text);
        String companion = reading == null ? companionIn(clean, childName, lexicon)
                : reading.companionIn(clean, childName, lexicon, catalogue);
        String rest = companion.isEmpty() ? clean : clean.replace(companion, " ");
        String folded = " " + Texts.fold(rest) + " ";

        String spot = "";
        if (reading != null) {
            List<String> found = reading.spotIn(folded);
            if (found != null) {
                spot = found.get(0);
                folded = found.get(1);
            }
        }
        for (var e : reading == null ? SPOTS.entrySet() : Map.<String, Pattern>of().entrySet()) {
            Matcher m = e.getValue().matcher(folded);
            if (m.find()) {
                spot = e.getKey();
                folded = folded.substring(0, m.start()) + " " + folded.substring(m.end());
            }
        }
        // A place word inside a longer thing ("muñeco de nieve", "sand castle") is part of the thing.
        var named = catalogue.thingsIn(folded);
        var places = catalogue.placesIn(folded).stream().filter(p -> named.stream()
                .noneMatch(t -> overlaps(p, t) && t.end() - t.start() > p.end() - p.start())).toList();
        // A word that is a place and a thing ("snow", "planet") is the place, unless it is all the idea names.
        var all = catalogue.thingsIn(folded);
        var things = all.stream().filter(t -> places.stream().noneMatch(p -> overlaps(p, t))).toList();
        if (things.isEmpty()) {
            things = all.stream().filter(t -> t.id().equals("planet")).toList();
        }
        String place = places.stream().map(Catalogue.Hit::id).findFirst().orElse("");

        String action = bank.actionIn(folded);
        if (things.isEmpty()) {
            return new Idea(action, "", "", false, place, spot, companion);
        }
        Catalogue.Hit hit = things.getFirst();
        if (reading != null) {
            Catalogue.Thing thing = catalogue.thing(hit.id());
            // "den Teddybären" is one teddy: a German weak noun's plural is also its singular after an article.
            boolean plural = hit.word().equals(Texts.fold(thing.plural())) && !thing.plural().equals(thing.noun())
                    && (thing.oblique() == null || !thing.oblique().equals(thing.plural()));
            return new Idea(action, hit.id(), thing.noun(), plural, place, spot, companion);
        }
        String compound = "";
        // "a dragon egg", "a space rocket": a thing named right before another describes it.
        for (int i = 1; i < things.size() && things.get(i).start() == hit.end() + 1; i++) {
            compound = (compound + " " + hit.word()).strip();
            hit = things.get(i);
        }
        Catalogue.Thing thing = catalogue.thing(hit.id());
        boolean plural = isPlural(hit.word(), thing);
        // "camping" names a tent, but the story says "tent".
        String noun = hit.word().endsWith("ing") ? thing.noun() : hit.word();
        if (plural) {
            noun = hit.word().equals(thing.pluralNoun()) ? thing.noun() : singular(hit.word());
        }
        int before = compound.isEmpty() ? hit.start() : hit.start() - compound.length() - 1;
        String words = String.join(" ", modifiersBefore(folded, before, noun)) + " " + compound + " " + noun;
        words = words.strip().replaceAll(" +", " ");
        return new Idea(action, hit.id(), words.strip(), plural, place, spot, companion);
    }

    /** "Grandpa" for "his grandpa": family and friends are called by what they are; empty for anyone else. */
    static String familyName(String phrase) {
        Matcher m = Pattern.compile("\\b(" + FAMILY + ")$", Pattern.CASE_INSENSITIVE).matcher(phrase.strip());
        return m.find() ? Texts.capitalize(m.group(1).toLowerCase(Locale.ROOT)) : "";
    }

    boolean hasThing() {
        return !thing.isEmpty();
    }

    /** The describing words right before the object, from the short list only. */
    private static List<String> modifiersBefore(String folded, int start, String noun) {
        String[] before = folded.substring(0, start).strip().split(" ");
        var out = new ArrayList<String>();
        for (int i = before.length - 1; i >= 0 && out.size() < MAX_MODIFIERS; i--) {
            String word = before[i];
            if (!DESCRIBING.contains(word) || noun.contains(word)) {
                break;
            }
            out.addFirst(word);
        }
        return out;
    }

    private static boolean isPlural(String word, Catalogue.Thing thing) {
        if (word.equals(thing.pluralNoun()) && !thing.pluralNoun().equals(thing.noun())) {
            return true;
        }
        String last = word.substring(word.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !thing.noun().endsWith(last);
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean overlaps(Catalogue.Hit a, Catalogue.Hit b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** "with her dog Rex", "and Grandma", "and Sam": a companion the idea brings along. */
    private static String companionIn(String text, String childName, Lexicon lexicon) {
        String kinds = String.join("|", lexicon.kindWords());
        Matcher with = Pattern.compile(WITH_COMPANION.pattern().formatted(kinds), Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (with.find()) {
            return with.group(1).strip();
        }
        Matcher and = AND_NAME.matcher(text);
        while (and.find()) {
            String name = and.group(1);
            boolean child = name.equalsIgnoreCase(childName);
            if (!child && Catalogue.get().placesIn(name).isEmpty() && Catalogue.get().thingsIn(name).isEmpty()) {
                return name;
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Idea[%s %s%s at %s, spot %s, with %s]", action, thingWords,
                plural ? " (plural)" : "", place, spot, companion);
    }
}
