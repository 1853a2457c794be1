package io.storyloom.ai;

/**
 * What a {@link TextPrompt} asks for. The facts each kind carries are the variables of its template
 * under {@code resources/prompts/}; the offline writer reads those named in {@link OfflineFacts}.
 */
public enum PromptKind {
    /** Title, meta (setting, tone, lesson) and the text of every page. */
    STRUCTURED_STORY,
    /** How each character looks, with fixed colours so every picture matches. */
    VISUAL_PROFILE,
    /** The art direction shared by every picture of the book. */
    BASE_STYLE,
    /** The single moment one page's picture shows. */
    SCENE_MOMENT,
    /** The moments of all pages in one answer. */
    SCENE_MOMENTS
}
