package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one story and the filling of phrase-bank templates such as {@code "{Name} found
 * {thing_a}."}. A token names either a template (phrase-bank text, filled in turn) or a literal
 * (user text such as the child's name, inserted as is and never read as a template, so a name like
 * "{name}" stays a name). A token starting with a capital letter capitalises its value.
 *
 * <p>Where the bank offers variants, the ones that use the most of what the parent told us win
 * (a sentence naming the child's interests beats one that does not); among those the seeded random
 * picks, so the same facts and seed always give the same story.
 */
final class StoryWords {

    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final int MAX_DEPTH = 6;
    private static final int MAX_INTERESTS = 3;
    private static final int MAX_INTEREST = 60;
    private static final int MAX_IDEA = 160;
    private static final int MAX_NAME = 60;

    private final PhraseBank bank;
    private final Random random;
    private final Map<String, String> templates = new HashMap<>();
    private final Map<String, String> literals = new HashMap<>();
    /** Literals that may be empty: word endings. */
    private final Set<String> endings = new java.util.HashSet<>();
    /** Sentence connectors ("Then", "Soon") handed out in turn for each {then}, so openings vary. */
    private final java.util.ArrayDeque<String> connectors = new java.util.ArrayDeque<>();
    /** Whether variants are picked among all that can be filled, not only the richest: books then differ more. */
    private boolean anyVariant;

    private StoryWords(PhraseBank bank, Random random) {
        this.bank = bank;
        this.random = random;
    }

    static StoryWords of(BookFacts facts, Premise premise, PhraseBank bank, Random random) {
        var words = new StoryWords(bank, random);
        words.fillFacts(facts, premise);
        words.fillPlaceThingAndLesson(premise);
        words.fillCompanion(premise);
        return words;
    }

    /** One of the given variants, filled: the retelling's own sentences. */
    String beatFrom(List<String> variants) {
        return variants == null ? "" : render(pick(variants));
    }

    /** One of the variants that use the most of what the parent told us (interests, the companion), filled. */
    String richestBeatFrom(List<String> variants) {
        boolean any = anyVariant;
        anyVariant = false;
        try {
            return beatFrom(variants);
        } finally {
            anyVariant = any;
        }
    }

    /** Sets a template token: its value is filled in turn. */
    void define(String key, String template) {
        templates.put(key, template);
        literals.remove(key);
    }

    /** Sets a literal token: user text or a word inserted as it is; empty makes sentences using it unusable. */
    void literal(String key, String value) {
        literals.put(key, value);
        templates.remove(key);
    }

    /**
     * Sets a word ending that may be empty and still counts as filled: the agreement of a French or
     * Spanish adjective with its noun ("caché{e}" is "caché" for a masculine thing).
     */
    void ending(String key, String value) {
        literal(key, value);
        endings.add(key);
    }

    /** Picks among every variant that can be filled from now on. */
    void pickAnyVariant() {
        anyVariant = true;
    }

    /** The connectors, shuffled by the book's seed, that {then} takes one by one. */
    void connectors(List<String> words) {
        var shuffled = new ArrayList<>(words);
        java.util.Collections.shuffle(shuffled, random);
        connectors.clear();
        connectors.addAll(shuffled);
        literals.put("then", "Then");
    }

    String render(String template) {
        return tidy(fill(template, 0));
    }

    private void fillFacts(BookFacts facts, Premise premise) {
        String name = facts.child().name().isEmpty() ? bank.defaultName() : facts.child().name();
        name = Texts.capitalize(Texts.clip(name, MAX_NAME));
        literals.put("name", name);
        // Without a companion nobody else is in the book: sentences needing one are not used.
        literals.put("pal", premise.hasCompanion() ? premise.palName() : "");
        literals.put("age_word", bank.ageWord(facts.child().age()));
        List<String> interests = facts.child().interests().stream()
                .limit(MAX_INTERESTS).map(i -> Texts.clip(i, MAX_INTEREST)).toList();
        literals.put("interests", joinAnd(interests));
        literals.put("interest", interests.isEmpty() ? "" : interests.getFirst());
        literals.put("interest2", interests.size() > 1 ? interests.get(1) : "");
        literals.put("idea", clause(facts.idea(), name));
        literals.put("lesson", clause(premise.lessonText(), name));
        templates.putAll(bank.pronouns().get(facts.child().pronounKey()));
    }

    private void fillPlaceThingAndLesson(Premise premise) {
        var setting = bank.setting(premise.setting());
        templates.put("place", setting.desc());
        templates.put("place_title", setting.title());
        templates.put("to_place", setting.to());
        templates.put("in_place", setting.in());
        templates.put("spot", setting.spot());
        templates.put("helper", setting.helper());
        templates.put("tone", setting.tone());
        templates.put("arrive", pickOr(setting.arrive(), "arrive_solo"));
        List<String> sights = new ArrayList<>(setting.sights());
        templates.put("sight", pick(sights));
        sights.remove(templates.get("sight"));
        templates.put("sight2", pick(sights));
        templates.put("reach", pickOr(setting.reach(), "reach_solo"));

        var thing = bank.thing(premise.thing());
        templates.put("thing_a", thing.a());
        templates.put("thing_the", thing.the());
        templates.put("thing_title", thing.title());
        templates.put("trouble", pick(thing.trouble()));
        templates.put("fix", pick(thing.fix()));
        templates.put("joy", pick(thing.joy()));

        var lesson = bank.lesson(premise.lesson());
        templates.put("lesson_name", lesson.name());
        templates.put("help", pick(lesson.help()));
        templates.put("moral", pick(lesson.moral()));
    }

    /**
     * The parent's words for the companion, fitted into this language's sentences: "her dog" follows
     * the child's pronouns, a bare "blue dragon" gets its article. Empty when the parent gave only a name.
     */
    private void fillCompanion(Premise premise) {
        Companion companion = premise.companion();
        if (companion == null || companion.description().isBlank()) {
            literals.put("pal_desc", "");
            return;
        }
        var words = bank.companion();
        String description = companion.description();
        String[] parts = description.split(" ", 2);
        String first = Texts.fold(parts[0]);
        String rest = parts.length > 1 ? parts[1] : "";
        String possessive = words.possessives().get(first);
        String fitted;
        if (possessive != null) {
            fitted = rest.isEmpty() ? "" : render(possessive) + " " + rest;
        } else if (words.articles().contains(first)) {
            fitted = Texts.lowerFirst(description);
        } else if (words.bareArticle() != null && !parts[0].substring(1).matches(".*\\p{Lu}.*")) {
            String bare = Texts.lowerFirst(description);
            boolean vowel = "aeiou".indexOf(Texts.fold(bare).charAt(0)) >= 0;
            fitted = (vowel ? words.bareArticleBeforeVowel() : words.bareArticle()) + " " + bare;
        } else {
            fitted = description;
        }
        literals.put("pal_desc", fitted);
    }

    /**
     * The parent's idea or lesson as a clause that can follow a colon: its first sentence, short,
     * without end punctuation, lower-cased unless it starts with a name, an acronym or (in German) a noun.
     */
    private String clause(String text, String name) {
        String clause = Texts.firstSentence(Texts.clean(text));
        clause = Texts.clip(clause, MAX_IDEA).replaceAll("[\\s.!?…,;:]+$", "");
        String firstWord = Texts.fold(clause.split(" ", 2)[0]);
        boolean nounsKeepCapitals = !bank.lowerCaseWords().isEmpty() && !bank.lowerCaseWords().contains(firstWord);
        boolean keepCapital = clause.startsWith(name) || nounsKeepCapitals
                || clause.matches("^\\p{Lu}[\\p{Lu}\\d]+\\b.*") || clause.startsWith("I ");
        return keepCapital ? clause : Texts.lowerFirst(clause);
    }

    /** "a, b and c"; Spanish writes "e" instead of "y" before an "i" sound. */
    private String joinAnd(List<String> items) {
        if (items.size() > 1 && "es".equals(bank.language())) {
            String last = Texts.fold(items.getLast());
            if (last.startsWith("i") || last.startsWith("hi") && !last.startsWith("hie")) {
                return Texts.joinAnd(items, "e");
            }
        }
        return Texts.joinAnd(items, bank.and());
    }

    /** The variants' pick, else the bank's beat of that name: a child alone still gets there, without the friend. */
    private String pickOr(List<String> variants, String beat) {
        String picked = pick(variants);
        return picked.isEmpty() ? pick(bank.beats().getOrDefault(beat, List.of())) : picked;
    }

    /** Of the variants every token of which has a value, one of those using the most literals. */
    private String pick(List<String> variants) {
        List<String> usable = variants.stream().filter(v -> canFill(v, 0)).toList();
        if (usable.isEmpty()) {
            return "";
        }
        if (anyVariant) {
            return usable.get(random.nextInt(usable.size()));
        }
        int richest = usable.stream().mapToInt(this::literalsUsed).max().orElse(0);
        List<String> best = usable.stream().filter(v -> literalsUsed(v) == richest).toList();
        return best.get(random.nextInt(best.size()));
    }

    private int literalsUsed(String template) {
        return (int) tokensOf(template).stream().filter(literals::containsKey).count();
    }

    private boolean canFill(String template, int depth) {
        for (String key : tokensOf(template)) {
            if (templates.containsKey(key)) {
                String value = templates.get(key);
                if (value == null || value.isBlank() || depth >= MAX_DEPTH || !canFill(value, depth + 1)) {
                    return false;
                }
            } else if (literals.getOrDefault(key, "").isBlank() && !endings.contains(key)) {
                return false;
            }
        }
        return true;
    }

    private String fill(String template, int depth) {
        Matcher m = TOKEN.matcher(template);
        var out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            String raw = m.group(1);
            String key = Texts.lowerFirst(raw);
            String value = "then".equals(key) && !connectors.isEmpty() ? nextConnector()
                    : templates.containsKey(key) && depth < MAX_DEPTH
                    ? fill(templates.get(key), depth + 1)
                    : literals.getOrDefault(key, "");
            out.append(Character.isUpperCase(raw.charAt(0)) ? Texts.capitalize(value) : value);
            last = m.end();
        }
        out.append(template.substring(last));
        return out.toString();
    }

    private String nextConnector() {
        String word = connectors.poll();
        connectors.addLast(word);
        return word;
    }

    private static Set<String> tokensOf(String template) {
        var keys = new LinkedHashSet<String>();
        Matcher m = TOKEN.matcher(template);
        while (m.find()) {
            keys.add(Texts.lowerFirst(m.group(1)));
        }
        return keys;
    }

    /** Removes doubled spaces, and a space before a comma or full stop; French spaces "!" and "?" on purpose. */
    private static String tidy(String text) {
        return text.replaceAll("\\s{2,}", " ").replaceAll(" ([,.])(?=\\s|$)", "$1").strip();
    }
}
