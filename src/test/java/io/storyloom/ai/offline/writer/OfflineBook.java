package io.storyloom.ai.offline.writer;

import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.answer;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.sceneFacts;
import static io.storyloom.ai.offline.writer.OfflineStoryFixtures.storyFacts;

import io.storyloom.ai.PromptKind;
import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import io.storyloom.prompt.PicturePrompts;
import io.storyloom.prompt.SceneMoments;
import io.storyloom.prompt.StructuredStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A book the offline writer makes for a brief, as the pipeline asks for it: the story, the characters' looks, the
 * style, each page's picture described, and the picture prompts composed from them.
 */
record OfflineBook(StructuredStory story, VisualProfile profile, BaseStyle style, SceneMoments scenes) {

    static OfflineBook write(Map<String, Object> brief, long seed) {
        StructuredStory story = answer(PromptKind.STRUCTURED_STORY, brief, seed, StructuredStory.class);
        VisualProfile profile = answer(PromptKind.VISUAL_PROFILE, storyFacts(brief, story), seed, VisualProfile.class);
        BaseStyle style = answer(PromptKind.BASE_STYLE, storyFacts(brief, story), seed, BaseStyle.class);
        SceneMoments scenes = answer(PromptKind.SCENE_MOMENTS, sceneFacts(brief, story, profile), seed,
                SceneMoments.class);
        return new OfflineBook(story, profile, style, scenes);
    }

    /** The character reference sheet's picture prompt. */
    String referencePrompt() {
        return PicturePrompts.reference(style, profile);
    }

    /** A page's picture prompt. */
    String pagePrompt(SceneMoment scene) {
        return PicturePrompts.page(style, profile, scene);
    }

    /** Every picture prompt: the reference sheet's, then each page's. */
    List<String> picturePrompts() {
        List<String> prompts = new ArrayList<>(List.of(referencePrompt()));
        scenes.scenes().forEach(scene -> prompts.add(pagePrompt(scene)));
        return prompts;
    }
}
