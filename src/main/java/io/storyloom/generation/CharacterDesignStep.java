package io.storyloom.generation;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.prompt.StoryPromptService;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.design.VisualProfile;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * GENERATING_REFERENCE_IMAGES: the characters' visual profile and the base style (at the same time),
 * then the character reference picture and, in batch mode, every page's scene moment (at the same
 * time). Each result is saved as soon as it exists and reused on resume.
 */
@Component
class CharacterDesignStep {

    private static final Logger log = LoggerFactory.getLogger(CharacterDesignStep.class);

    private final StoryPromptService prompts;
    private final StoryContent content;
    private final ImageModel images;
    private final Pictures pictures;
    private final Looks looks;
    private final GenerationProperties properties;
    private final Costs costs;

    CharacterDesignStep(StoryPromptService prompts, StoryContent content, ImageModel images, Pictures pictures,
            Looks looks, GenerationProperties properties, Costs costs) {
        this.prompts = prompts;
        this.content = content;
        this.images = images;
        this.pictures = pictures;
        this.looks = looks;
        this.properties = properties;
        this.costs = costs;
    }

    Look run(GenerationRun run, Story story, StructuredStory outline, List<Page> pages) {
        boolean scenesMissing = properties.sceneMoments() == GenerationProperties.SceneMomentMode.BATCH
                && pages.stream().anyMatch(p -> !p.hasImage() && p.sceneMoment() == null);
        boolean done = story.visualProfile() != null && story.baseStyle() != null
                && story.referenceImageKey() != null && !scenesMissing;
        if (!done) {
            run.enter(StoryStatus.GENERATING_REFERENCE_IMAGES, 0);
        }
        Future<VisualProfile> profile = story.visualProfile() != null
                ? CompletableFuture.completedFuture(story.visualProfile())
                : run.fork(() -> designCharacters(run, outline));
        Future<BaseStyle> style = story.baseStyle() != null
                ? CompletableFuture.completedFuture(story.baseStyle())
                : run.fork(() -> designStyle(run, outline));
        VisualProfile characters = Futures.await(profile);
        BaseStyle art = Futures.await(style);

        Future<Look.Reference> reference = story.referenceImageKey() != null
                ? CompletableFuture.completedFuture(new Look.Reference(story.referenceImageKey(), looks.reference(story)))
                : run.fork(() -> drawReference(run, art, characters));
        Future<?> scenes = scenesMissing
                ? run.fork(() -> planScenes(run, outline, characters, art, pages))
                : CompletableFuture.completedFuture(null);
        Look.Reference picture = Futures.await(reference);
        Futures.await(scenes);
        return new Look(characters, art, picture.bytes(), picture.key());
    }

    private VisualProfile designCharacters(GenerationRun run, StructuredStory outline) {
        run.ensureActive();
        var answer = costs.asking(run, () -> prompts.generateVisualProfile(run.brief(), outline));
        content.saveVisualProfile(run.storyId(), answer.value(), answer.model());
        costs.text(run, answer);
        log.info("Visual profile of {} characters saved", answer.value().characters().size());
        return answer.value();
    }

    private BaseStyle designStyle(GenerationRun run, StructuredStory outline) {
        run.ensureActive();
        var answer = costs.asking(run, () -> prompts.generateBaseStyle(run.brief(), outline));
        content.saveBaseStyle(run.storyId(), answer.value(), answer.model());
        costs.text(run, answer);
        log.info("Base style saved");
        return answer.value();
    }

    private Look.Reference drawReference(GenerationRun run, BaseStyle style, VisualProfile profile) {
        var prompt = prompts.composeReferenceImage(style, profile, images.promptLimit());
        run.ensureActive();
        var image = costs.drawing(run, null, false, images, new ImageRequest(ImageRequest.Purpose.CHARACTER_REFERENCE,
                prompt.text(), prompt.sketch(), properties.imageWidth(), properties.imageHeight(), run.brief().seed(),
                null, run.tenant()));
        String key = pictures.store(run.storyId(), "reference", image);
        content.saveReferenceImage(run.storyId(), key, image.model());
        log.info("Character reference picture saved as {}", key);
        return new Look.Reference(key, image.bytes());
    }

    /** Writes every page's scene moment, then reviews each page's picture prompt while the reference is drawn. */
    private Void planScenes(GenerationRun run, StructuredStory outline, VisualProfile profile, BaseStyle style,
            List<Page> pages) {
        run.ensureActive();
        var answer = costs.asking(run, () -> prompts.generateSceneMoments(run.brief(), outline, profile));
        List<SceneMoment> saved = new ArrayList<>();
        for (SceneMoment scene : answer.value()) {
            pages.stream()
                    .filter(p -> p.number() == scene.page() && !p.hasImage() && p.sceneMoment() == null)
                    .findFirst()
                    .ifPresent(p -> {
                        content.saveSceneMoment(run.storyId(), p.number(), scene, answer.model());
                        saved.add(scene);
                    });
        }
        costs.text(run, answer);
        log.info("Scene moments of {} pages saved", saved.size());
        saved.forEach(scene -> prompts.reviewPageImageAhead(style, profile, scene, images.promptLimit()));
        return null;
    }
}
