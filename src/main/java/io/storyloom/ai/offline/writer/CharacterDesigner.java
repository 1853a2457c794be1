package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Designs the book's characters: the child first, then the companion (or the helper the child meets
 * when there is none), with fixed colours read from the parent's colour words — "curly red hair"
 * gives auburn hair, "yellow raincoat" a yellow outfit, "blue dragon" a blue body — and friendly
 * defaults for the rest. Written in English, for the illustrator.
 */
final class CharacterDesigner {

    private static final String DEFAULT_HAIR = "#6B4226";
    private static final String DEFAULT_SKIN = "#E8B48F";
    private static final String DEFAULT_EYES = "#5B3A29";
    private static final String DEFAULT_OUTFIT = "#F2C94C";
    private static final List<String> DEFAULT_ACCENTS = List.of("#4A7BD0", "#D94A3A");
    private static final String DEFAULT_BODY = "#8FB8DE";
    private static final String DEFAULT_CREATURE_EYES = "#2B1D14";
    private static final String GREY_HAIR = "#C9C9C9";
    private static final String PERSON_CLOTHING = "a purple cardigan and a green scarf";
    /** Companion kinds that are people, drawn with skin and hair. */
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("(?i)\\b(grand\\w*|granny|"
            + "nana|gran|mum|mom|mummy|mommy|mother|dad|daddy|father|papa|mama|sister|brother|friend|cousin|aunt\\w*|"
            + "uncle|teacher|neighbou?r|baby|girl|boy|kid|child|person|lady|man|woman)\\b");
    private static final String DEFAULT_LOOK = "a round, friendly face and a big, warm smile";
    private static final int MAX_NAME = 60;
    private static final int MAX_KIND = 40;
    private static final int MAX_APPEARANCE = 400;
    private static final int MAX_PARENT_WORDS = 300;
    private static final int MAX_CLOTHING = 200;
    /** Splits "curly red hair and green eyes" into phrases that each describe one feature. */
    private static final String PHRASES = "[,;.]|\\s(?:and|with|y|con|et|avec|und|mit)\\s";

    private final Lexicon lexicon;

    CharacterDesigner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Answers.Profile design(BookFacts facts, Premise premise) {
        var characters = new ArrayList<Answers.Character>();
        characters.add(child(facts.child()));
        if (premise.hasCompanion()) {
            characters.add(companion(premise.companion()));
        } else if (storyMentions(facts, premise.palName())) {
            characters.add(helper(premise));
        }
        return new Answers.Profile(List.copyOf(characters));
    }

    private Answers.Character child(BookFacts.Child child) {
        String kid = switch (child.pronounKey()) {
            case "she" -> "girl";
            case "he" -> "boy";
            default -> "child";
        };
        String age = child.age() > 0 ? child.age() + "-year-old " : "young ";
        String parentWords = Texts.clip(child.appearance(), MAX_PARENT_WORDS).replaceAll("[\\s.]+$", "");
        String name = child.name().isEmpty() ? "Alex" : Texts.clip(child.name(), MAX_NAME);
        // A child nobody described still looks like someone: a look of its own, the same in every answer.
        List<String> look = lexicon.defaultLook(name);
        String appearance = parentWords.isEmpty()
                ? "A cheerful " + age + kid + " with a round face, rosy cheeks, " + look.getFirst()
                        + " and a big, friendly smile."
                : "A cheerful " + age + kid + " with a round face and a big smile. " + Texts.capitalize(parentWords) + ".";
        String clothing = child.clothing().isEmpty() ? look.get(1) : Texts.clip(child.clothing(), MAX_CLOTHING);
        return new Answers.Character(name, "child", Texts.clip(appearance, MAX_APPEARANCE), clothing,
                childColours(parentWords.isEmpty() ? look.getFirst() : child.appearance(), clothing));
    }

    /** Hair, skin and eyes from the phrase that names each; outfit and accent from the clothing's first two colours. */
    private Answers.Colors childColours(String appearance, String clothing) {
        String hair = null;
        String skin = null;
        String eyes = null;
        for (String phrase : appearance.toLowerCase(Locale.ROOT).split(PHRASES)) {
            List<Lexicon.Colour> colours = lexicon.coloursIn(phrase);
            if (colours.isEmpty()) {
                continue;
            }
            String feature = lexicon.featureOf(phrase).orElse("");
            switch (feature) {
                case "hair" -> hair = first(hair, shade(colours, Lexicon.Colour::hair));
                case "eyes" -> eyes = first(eyes, shade(colours, Lexicon.Colour::eyes));
                case "skin" -> skin = first(skin, shade(colours, Lexicon.Colour::skin));
                default -> {
                    // Words that only ever describe one feature: "blonde", "ginger" hair; "fair", "olive" skin.
                    for (var colour : colours) {
                        if (colour.hex() == null && colour.hair() != null) {
                            hair = first(hair, colour.hair());
                        } else if (colour.hex() == null && colour.skin() != null) {
                            skin = first(skin, colour.skin());
                        }
                    }
                }
            }
        }
        List<String> outfit = clothesColours(clothing);
        String main = outfit.isEmpty() ? DEFAULT_OUTFIT : outfit.getFirst();
        String accent = outfit.size() > 1 ? outfit.get(1) : otherThan(main);
        return new Answers.Colors(first(hair, DEFAULT_HAIR), first(skin, DEFAULT_SKIN), first(eyes, DEFAULT_EYES),
                main, accent);
    }

    private Answers.Character companion(Companion companion) {
        if (PERSON.matcher(companion.kind()).find()) {
            return person(companion);
        }
        var kind = lexicon.kind(companion.kind());
        String look = kind.map(Lexicon.Kind::look).orElse(DEFAULT_LOOK);
        String words = companion.description().isEmpty() ? "" : " (" + Texts.clip(companion.description(), 200) + ")";
        String appearance = "A friendly " + companion.kind() + " with " + look + words + ".";
        List<String> named = clothesColours(companion.description());
        String body = named.isEmpty() ? kind.map(Lexicon.Kind::body).orElse(DEFAULT_BODY) : named.getFirst();
        String belly = named.isEmpty() ? kind.map(Lexicon.Kind::belly).orElse(lighter(body)) : lighter(body);
        String accent = named.size() > 1 ? named.get(1) : kind.map(Lexicon.Kind::accent).orElse(otherThan(body));
        var colours = new Answers.Colors(body, belly, kind.map(Lexicon.Kind::eyes).orElse(DEFAULT_CREATURE_EYES),
                body, accent);
        return new Answers.Character(companion.name(), Texts.clip(companion.kind(), MAX_KIND),
                Texts.clip(appearance, MAX_APPEARANCE), null, colours);
    }

    /**
     * A grown-up or another child along for the story: people get skin and hair, never a creature's body
     * colour (a grandma is not blue), grey hair from grandparents on, and clothes in the colours named.
     */
    private Answers.Character person(Companion companion) {
        String words = companion.description();
        var colours = childColours(words, words.isEmpty() ? PERSON_CLOTHING : words);
        boolean grand = companion.kind().matches("(?i).*(grand|granny|nana|gran).*");
        String hair = grand && !lexicon.featureOf(words).filter("hair"::equals).isPresent() ? GREY_HAIR : colours.hair();
        String appearance = "A kind, smiling " + companion.kind() + (words.isEmpty() ? "" : " " + Texts.clip(words, 200))
                + (grand ? " with soft grey hair" : "") + ".";
        return new Answers.Character(companion.name(), Texts.clip(companion.kind(), MAX_KIND),
                Texts.clip(appearance, MAX_APPEARANCE), null,
                new Answers.Colors(hair, colours.skin(), colours.eyes(), colours.outfit(), colours.accent()));
    }

    /** The creature the setting offers a child without a companion; the story names it, so the pictures show it. */
    private Answers.Character helper(Premise premise) {
        var helper = lexicon.setting(premise.setting()).helper();
        var kind = lexicon.kind(helper.kind()).orElseThrow();
        var colours = new Answers.Colors(kind.body(), kind.belly(), kind.eyes(), kind.body(), kind.accent());
        return new Answers.Character(premise.palName(), helper.kind(),
                Texts.capitalize(helper.appearance()) + ".", null, colours);
    }

    private static boolean storyMentions(BookFacts facts, String name) {
        return facts.pages().stream().anyMatch(p -> p.text().contains(name));
    }

    /** The distinct colours of clothes or a body, real colours before words such as "dark". */
    private List<String> clothesColours(String text) {
        var out = new ArrayList<String>();
        List<Lexicon.Colour> colours = lexicon.coloursIn(text);
        colours.stream().filter(c -> !c.isWeak() && c.hex() != null).map(Lexicon.Colour::hex)
                .filter(hex -> !out.contains(hex)).forEach(out::add);
        return out;
    }

    /** The feature's own shade of the first real colour named ("red" hair is auburn), else its plain colour. */
    private static String shade(List<Lexicon.Colour> colours, Function<Lexicon.Colour, String> feature) {
        for (boolean weak : new boolean[] {false, true}) {
            for (var colour : colours) {
                if (colour.isWeak() == weak) {
                    String shade = feature.apply(colour) != null ? feature.apply(colour) : colour.hex();
                    if (shade != null) {
                        return shade;
                    }
                }
            }
        }
        return null;
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    private static String otherThan(String hex) {
        return DEFAULT_ACCENTS.getFirst().equalsIgnoreCase(hex) ? DEFAULT_ACCENTS.get(1) : DEFAULT_ACCENTS.getFirst();
    }

    /** The colour mixed halfway with white: a belly or muzzle that matches the body. */
    private static String lighter(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (((rgb >> 16) & 0xFF) + 255) / 2;
        int g = (((rgb >> 8) & 0xFF) + 255) / 2;
        int b = ((rgb & 0xFF) + 255) / 2;
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
