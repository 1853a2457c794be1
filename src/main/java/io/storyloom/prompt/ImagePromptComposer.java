package io.storyloom.prompt;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.SceneMoment;
import io.storyloom.design.VisualProfile;
import io.storyloom.ai.SceneSketch;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Composes a page's full image prompt from the base style, the visual profile and the scene moment. */
@Component
class ImagePromptComposer {

    private final PromptTemplates templates;

    ImagePromptComposer(PromptTemplates templates) {
        this.templates = templates;
    }

    ImagePrompt page(BaseStyle style, VisualProfile profile, SceneMoment scene) {
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
        return new ImagePrompt(templates.render("image/page", facts), sketch);
    }

    ImagePrompt reference(BaseStyle style, VisualProfile profile) {
        var facts = styleFacts(style, profile.characters());
        var sketch = new SceneSketch(style.artStyle(), style.palette(), "", "day", style.mood(), "standing",
                List.of(), looks(profile.characters()), "full body");
        return new ImagePrompt(templates.render("image/reference", facts), sketch);
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
