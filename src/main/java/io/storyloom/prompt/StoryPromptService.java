package io.storyloom.prompt;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.PromptKind;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.ProviderException;
import io.storyloom.safety.ContentConcern;
import io.storyloom.safety.ContentSafety;
import io.storyloom.safety.ReviewUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * The four questions Storyloom asks a language model — the structured story, the visual profile, the
 * base style and each page's scene moment — and the composition of the full image prompt. Templates
 * live under {@code resources/prompts/}; every answer comes back as a validated record.
 */
@Service
public class StoryPromptService {

    private static final int STORY_TOKENS = 3000;
    private static final int PROFILE_TOKENS = 1500;
    private static final int STYLE_TOKENS = 600;
    private static final int SCENE_TOKENS = 700;

    private final PromptTemplates templates;
    private final OutputSchemas schemas;
    private final StructuredAnswers answers;
    private final ImagePromptComposer composer;
    private final ContentSafety safety;

    StoryPromptService(PromptTemplates templates, OutputSchemas schemas, StructuredAnswers answers,
            ImagePromptComposer composer, ContentSafety safety) {
        this.templates = templates;
        this.schemas = schemas;
        this.answers = answers;
        this.composer = composer;
        this.safety = safety;
    }

    public Generated<StructuredStory> generateStructuredStory(StoryBrief brief) {
        var facts = PromptFacts.brief(brief);
        return ask(PromptKind.STRUCTURED_STORY, "structured-story", facts, StructuredStory.class,
                brief.seed(), STORY_TOKENS + 150 * brief.pageCount(),
                story -> concat(pagesNumbered(story, brief.pageCount()), gentle(story)));
    }

    public Generated<VisualProfile> generateVisualProfile(StoryBrief brief, StructuredStory story) {
        var facts = PromptFacts.story(brief, story);
        return ask(PromptKind.VISUAL_PROFILE, "visual-profile", facts, VisualProfile.class,
                brief.seed(), PROFILE_TOKENS, profile -> heroFirst(profile, brief));
    }

    public Generated<BaseStyle> generateBaseStyle(StoryBrief brief, StructuredStory story) {
        var facts = PromptFacts.story(brief, story);
        return ask(PromptKind.BASE_STYLE, "base-style", facts, BaseStyle.class,
                brief.seed(), STYLE_TOKENS, style -> List.of());
    }

    public Generated<SceneMoment> generateSceneMoment(StoryBrief brief, StructuredStory story,
            VisualProfile profile, int page) {
        var facts = PromptFacts.scene(brief, story, profile, page);
        return ask(PromptKind.SCENE_MOMENT, "scene-moment", facts, SceneMoment.class,
                brief.seed() + page, SCENE_TOKENS,
                scene -> concat(scene.page() == page ? List.of() : List.of("page: must be " + page),
                        gentle("", scene)));
    }

    /** All pages' moments in one call: about four calls per book instead of one per page. */
    public Generated<List<SceneMoment>> generateSceneMoments(StoryBrief brief, StructuredStory story,
            VisualProfile profile) {
        var facts = PromptFacts.scenes(brief, story, profile);
        int pages = story.pages().size();
        var answer = ask(PromptKind.SCENE_MOMENTS, "scene-moments", facts, SceneMoments.class,
                brief.seed(), SCENE_TOKENS * pages / 2 + SCENE_TOKENS,
                moments -> concat(scenesCover(moments, pages), IntStream.range(0, moments.scenes().size())
                        .boxed().flatMap(i -> gentle("scenes[" + i + "].", moments.scenes().get(i)).stream()).toList()));
        return new Generated<>(answer.value().scenes(), answer.usage(), answer.model(), answer.calls());
    }

    /**
     * The full text-to-image prompt of one page, and the same picture as facts for the offline illustrator.
     *
     * @throws ProviderException (SAFETY) when the composed prompt is not suitable for a child; it is never sent
     */
    public ImagePrompt composePageImage(BaseStyle style, VisualProfile profile, SceneMoment scene) {
        return reviewed(composer.page(style, profile, scene));
    }

    /** As {@link #composePageImage(BaseStyle, VisualProfile, SceneMoment)}, within a prompt limit in characters. */
    public ImagePrompt composePageImage(BaseStyle style, VisualProfile profile, SceneMoment scene, int limit) {
        return reviewed(composer.page(style, profile, scene, limit));
    }

    /**
     * Reviews a page's picture prompt ahead of its drawing (while the reference picture is drawn), so the
     * review in {@link #composePageImage(BaseStyle, VisualProfile, SceneMoment, int)} is then a lookup.
     * Refuses nothing: a prompt that is not gentle enough is refused when the page is drawn.
     */
    public void reviewPageImageAhead(BaseStyle style, VisualProfile profile, SceneMoment scene, int limit) {
        safety.reviewAhead(composer.page(style, profile, scene, limit).text());
    }

    /** The prompt of the character reference sheet that keeps every page's characters alike; reviewed as above. */
    public ImagePrompt composeReferenceImage(BaseStyle style, VisualProfile profile) {
        return reviewed(composer.reference(style, profile));
    }

    /** Every picture prompt passes the child-safety review before it goes to an illustrator. */
    private ImagePrompt reviewed(ImagePrompt prompt) {
        if (!review(prompt.text()).isEmpty()) {
            throw new ProviderException(ProviderException.Reason.SAFETY, "Storyloom",
                    "A picture description for this book was not gentle enough for a child, so it was not drawn. "
                            + "Try changing the idea a little, or press Retry.");
        }
        return prompt;
    }

    /**
     * The review, with an unavailable one (the classifier still loading, a moderation outage) as a
     * transient failure: the step is tried again later rather than passed unreviewed.
     */
    private List<ContentConcern> review(String text) {
        try {
            return safety.review(text);
        } catch (ReviewUnavailableException e) {
            throw new ProviderException(ProviderException.Reason.TRANSIENT, "Storyloom", e.getMessage(), e);
        }
    }

    /** As {@link #composeReferenceImage(BaseStyle, VisualProfile)}, within a prompt limit in characters. */
    public ImagePrompt composeReferenceImage(BaseStyle style, VisualProfile profile, int limit) {
        return reviewed(composer.reference(style, profile, limit));
    }

    private <T> Generated<T> ask(PromptKind kind, String template, Map<String, Object> facts, Class<T> type,
            long seed, int maxTokens, Function<T, List<String>> checks) {
        var prompt = new TextPrompt(kind,
                List.of(ChatMessage.system(templates.render(template + "/system", facts)),
                        ChatMessage.user(templates.render(template + "/user", facts))),
                schemas.of(type), facts, seed, maxTokens);
        return answers.ask(prompt, type, checks);
    }

    /** Generated text passes the same child-safety review as a parent's request, all fields in one review. */
    private List<String> gentle(StructuredStory story) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", story.title());
        fields.put("meta.setting", story.meta().setting());
        for (int i = 0; i < story.pages().size(); i++) {
            fields.put("pages[" + i + "].text", story.pages().get(i).text());
        }
        return unsuitable(fields);
    }

    private List<String> gentle(String prefix, SceneMoment scene) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(prefix + "description", scene.description());
        fields.put(prefix + "action", scene.action());
        return unsuitable(fields);
    }

    private List<String> unsuitable(Map<String, String> fields) {
        Map<String, List<ContentConcern>> found;
        try {
            found = safety.review(fields);
        } catch (ReviewUnavailableException e) {
            throw new ProviderException(ProviderException.Reason.TRANSIENT, "Storyloom", e.getMessage(), e);
        }
        var violations = new ArrayList<String>();
        found.forEach((field, concerns) -> concerns.forEach(concern ->
                violations.add(field + ": " + StructuredAnswers.UNSUITABLE + ", " + concern.describe())));
        return violations;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> pagesNumbered(StructuredStory story, int expected) {
        var violations = new ArrayList<String>();
        if (story.pages().size() != expected) {
            violations.add("pages: must have exactly " + expected + " pages, not " + story.pages().size());
        }
        IntStream.range(0, story.pages().size())
                .filter(i -> story.pages().get(i).number() != i + 1)
                .forEach(i -> violations.add("pages[" + i + "].number: must be " + (i + 1)));
        return violations;
    }

    private static List<String> heroFirst(VisualProfile profile, StoryBrief brief) {
        var hero = profile.characters().getFirst();
        return hero.name().equalsIgnoreCase(brief.childName()) && "child".equalsIgnoreCase(hero.kind())
                ? List.of()
                : List.of("characters[0]: must be " + brief.childName() + " with kind \"child\"");
    }

    private static List<String> scenesCover(SceneMoments moments, int pages) {
        var violations = new ArrayList<String>();
        if (moments.scenes().size() != pages) {
            violations.add("scenes: must have one entry per page, " + pages + " in all, not " + moments.scenes().size());
        }
        IntStream.range(0, moments.scenes().size())
                .filter(i -> moments.scenes().get(i).page() != i + 1)
                .forEach(i -> violations.add("scenes[" + i + "].page: must be " + (i + 1)));
        return violations;
    }
}
