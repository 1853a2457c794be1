package io.storyloom.prompt;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import io.storyloom.ai.SceneSketch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Composes a page's full image prompt from the base style, the visual profile and the scene moment, within
 * the image model's prompt limit: while it is too long, the facts {@code prompts/image/trim-order.txt} lists
 * are left out one by one, then the scene's description and action are shortened. The characters'
 * descriptions are never left out.
 */
@Component
class ImagePromptComposer {

    private static final Logger log = LoggerFactory.getLogger(ImagePromptComposer.class);
    private static final List<String> SHORTENED = List.of("description", "action");

    private final PromptTemplates templates;
    private final List<String> trimOrder;

    ImagePromptComposer(PromptTemplates templates) {
        this.templates = templates;
        this.trimOrder = lines("prompts/image/trim-order.txt");
    }

    ImagePrompt page(BaseStyle style, VisualProfile profile, SceneMoment scene) {
        return page(style, profile, scene, Integer.MAX_VALUE);
    }

    ImagePrompt reference(BaseStyle style, VisualProfile profile) {
        return reference(style, profile, Integer.MAX_VALUE);
    }

    ImagePrompt page(BaseStyle style, VisualProfile profile, SceneMoment scene, int limit) {
        var present = charactersIn(profile, scene);
        var facts = styleFacts(style, present);
        facts.put("description", scene.description());
        facts.put("setting", scene.setting());
        facts.put("time_of_day", scene.timeOfDay());
        facts.put("action", scene.action());
        facts.put("emotion", scene.emotion());
        facts.put("camera", scene.camera());
        facts.put("props_text", PromptFacts.joinAnd(scene.props()));
        var sketch = new SceneSketch(style.artStyle(), style.palette(), scene.setting(), scene.timeOfDay(),
                scene.emotion(), scene.action(), scene.props(), looks(present), scene.camera());
        return new ImagePrompt(fitted("image/page", facts, limit), sketch);
    }

    ImagePrompt reference(BaseStyle style, VisualProfile profile, int limit) {
        var facts = styleFacts(style, profile.characters());
        var sketch = new SceneSketch(style.artStyle(), style.palette(), "", "day", style.mood(), "standing",
                List.of(), looks(profile.characters()), "full body");
        return new ImagePrompt(fitted("image/reference", facts, limit), sketch);
    }

    private String fitted(String template, Map<String, Object> facts, int limit) {
        String prompt = templates.render(template, facts);
        for (int i = 0; prompt.length() > limit && i < trimOrder.size(); i++) {
            facts.remove(trimOrder.get(i));
            prompt = templates.render(template, facts);
        }
        for (String fact : SHORTENED) {
            if (prompt.length() > limit && facts.get(fact) instanceof String text && !text.isEmpty()) {
                facts.put(fact, shortened(text, text.length() - (prompt.length() - limit)));
                prompt = templates.render(template, facts);
            }
        }
        if (prompt.length() > limit) {
            log.warn("The characters alone take {} of the image model's {} prompt characters; the prompt is cut",
                    prompt.length(), limit);
        }
        return prompt;
    }

    /** The text cut to at most this many characters, at a word where one is near. */
    private static String shortened(String text, int length) {
        if (length <= 0) {
            return "";
        }
        int cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > length / 2 ? cut : length).strip();
    }

    private static List<String> lines(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + resource, e);
        }
    }

    /** The characters the scene names; all of them when it names none we know. */
    private static List<VisualProfile.Character> charactersIn(VisualProfile profile, SceneMoment scene) {
        var named = scene.charactersPresent().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        var present = profile.characters().stream()
                .filter(c -> named.contains(c.name().strip().toLowerCase(Locale.ROOT)))
                .toList();
        return present.isEmpty() ? profile.characters() : present;
    }

    private static Map<String, Object> styleFacts(BaseStyle style, List<VisualProfile.Character> characters) {
        var facts = new HashMap<String, Object>();
        facts.put("style_prompt", style.stylePrompt());
        facts.put("medium", style.medium());
        facts.put("lighting", style.lighting());
        facts.put("mood", style.mood());
        facts.put("palette_text", String.join(", ", style.palette()));
        facts.put("characters", characters.stream().map(ImagePromptComposer::characterFacts).toList());
        facts.put("rules", true);
        return facts;
    }

    private static Map<String, Object> characterFacts(VisualProfile.Character c) {
        var facts = new HashMap<String, Object>();
        facts.put("name", c.name());
        facts.put("kind", c.kind());
        facts.put("appearance", c.appearance());
        facts.put("clothing", c.clothing() == null ? "" : c.clothing());
        facts.put("hair", c.colors().hair());
        facts.put("skin", c.colors().skin());
        facts.put("eyes", c.colors().eyes());
        facts.put("outfit", c.colors().outfit());
        facts.put("accent", c.colors().accent());
        return facts;
    }

    private static List<SceneSketch.Character> looks(List<VisualProfile.Character> characters) {
        return characters.stream()
                .map(c -> new SceneSketch.Character(c.name(), c.kind(), c.appearance(), c.colors().hair(),
                        c.colors().skin(), c.colors().eyes(), c.colors().outfit(), c.colors().accent()))
                .toList();
    }
}
