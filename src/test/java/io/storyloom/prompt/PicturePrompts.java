package io.storyloom.prompt;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;

/** The picture prompts the app composes for a book, for tests outside this package (the composer is its own). */
public final class PicturePrompts {

    private static final ImagePromptComposer COMPOSER = new ImagePromptComposer(new PromptTemplates());

    private PicturePrompts() {
    }

    /** The character reference sheet's prompt. */
    public static String reference(BaseStyle style, VisualProfile profile) {
        return COMPOSER.reference(style, profile).text();
    }

    /** A page's picture prompt, with no length limit. */
    public static String page(BaseStyle style, VisualProfile profile, SceneMoment scene) {
        return COMPOSER.page(style, profile, scene).text();
    }
}
