package io.storyloom.safety;

/**
 * Why a text is unsuitable for a child: the category and which review stage found it. Deliberately
 * holds no words of the text, so a refusal never repeats a slur or the offending phrase.
 */
public record ContentConcern(ContentCategory category, Stage stage) {

    /** Which part of the review found it. */
    public enum Stage {
        /** The term and phrase list. */
        LEXICON,
        /** The in-process embedding classifier. */
        SEMANTIC,
        /** The provider's moderation model. */
        MODERATION
    }

    /** e.g. "asks for drugs, alcohol or tobacco; swap it for juice, water, a picnic or a healthy snack". */
    public String describe() {
        return "asks for " + category.description() + "; " + category.suggestion();
    }
}
