package io.storyloom.ai.offline.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets the art direction every picture of a book shares: the medium, lighting and mood of the
 * requested style, with a palette from the story's setting plus the style's own accent colour.
 */
final class ArtDirector {

    private static final String DEFAULT_STYLE = "storybook";
    private static final int MAX_STYLE = 40;
    private static final int MAX_TEXT = 200;
    private static final int MAX_PROMPT = 600;
    private static final int MAX_PALETTE = 6;

    private final Lexicon lexicon;

    ArtDirector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Answers.Style style(BookFacts facts, Premise premise) {
        String artStyle = facts.artStyle().isEmpty() ? DEFAULT_STYLE : Texts.clip(facts.artStyle(), MAX_STYLE);
        String styleId = styleId(artStyle);
        var style = lexicon.styleDirection(styleId);
        var setting = lexicon.setting(premise.setting());

        // An unknown style keeps the parent's own description of it: that is all we know about it.
        boolean described = Lexicon.GENERIC_STYLE.equals(styleId) && !facts.artStyleDescription().isEmpty();
        String medium = described ? Texts.clip(facts.artStyleDescription(), MAX_TEXT) : style.medium();
        String lighting = setting.light() + ", " + style.lighting();
        String mood = setting.mood() + ", " + style.mood();
        String prompt = style.prompt() + (described ? ", " + facts.artStyleDescription() : "")
                + ". Lighting: " + lighting + ". Mood: " + mood + ".";

        var palette = new ArrayList<String>(setting.palette());
        style.palette().stream().skip(1).filter(c -> !palette.contains(c)).forEach(palette::add);
        return new Answers.Style(artStyle, medium, List.copyOf(palette.subList(0, Math.min(MAX_PALETTE,
                palette.size()))), Texts.clip(lighting, MAX_TEXT), Texts.clip(mood, MAX_TEXT),
                Texts.clip(prompt, MAX_PROMPT));
    }

    /** "Watercolour", "paper-cut" and "pixel art" name the styles we know as watercolor, paper_cut and pixel. */
    private static String styleId(String artStyle) {
        String id = Texts.fold(artStyle).toLowerCase(Locale.ROOT);
        if (id.contains("water")) {
            return "watercolor";
        }
        if (id.contains("crayon")) {
            return "crayon";
        }
        if (id.contains("paper") || id.contains("collage")) {
            return "paper_cut";
        }
        if (id.contains("pencil") || id.contains("sketch")) {
            return "pencil";
        }
        if (id.contains("pixel")) {
            return "pixel";
        }
        if (id.contains("cartoon") || id.contains("comic")) {
            return "cartoon";
        }
        if (id.contains("storybook") || id.contains("gouache") || id.contains("classic")) {
            return "storybook";
        }
        return Lexicon.GENERIC_STYLE;
    }
}
