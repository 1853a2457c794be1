package io.storyloom.ai.offline.book;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.PromptKind;
import io.storyloom.ai.SceneSketch;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.offline.illustrator.OfflineIllustrator;
import io.storyloom.ai.offline.writer.OfflineTextModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One book made end to end by the offline writer and illustrator, the way the pipeline asks them
 * (story, then characters, then every page's scene, then a picture per page), without Spring.
 */
public record OfflineBook(String title, List<String> texts, List<JsonNode> scenes, List<SceneSketch> sketches,
        List<byte[]> pictures) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OfflineTextModel WRITER = new OfflineTextModel(Duration.ZERO);
    private static final OfflineIllustrator ILLUSTRATOR = new OfflineIllustrator(Duration.ZERO);

    public static Map<String, Object> brief(String name, String pronouns, String idea, String style) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("child_name", name);
        facts.put("child_age", 5);
        facts.put("pronouns", pronouns);
        facts.put("idea", idea);
        facts.put("page_count", 6);
        facts.put("art_style", style);
        facts.put("language", "en");
        return facts;
    }

    public static OfflineBook make(Map<String, Object> brief, long seed, int width, int height, boolean draw) {
        JsonNode story = ask(PromptKind.STRUCTURED_STORY, brief, seed);
        var facts = new LinkedHashMap<>(brief);
        facts.put("setting", story.get("meta").get("setting").asString());
        var pages = new ArrayList<Map<String, Object>>();
        var texts = new ArrayList<String>();
        for (JsonNode page : story.get("pages")) {
            pages.add(Map.of("number", page.get("number").asInt(), "text", page.get("text").asString()));
            texts.add(page.get("text").asString());
        }
        facts.put("pages", pages);
        JsonNode profile = ask(PromptKind.VISUAL_PROFILE, facts, seed);
        facts.put("characters", names(profile));
        JsonNode scenes = ask(PromptKind.SCENE_MOMENTS, facts, seed).get("scenes");
        var sceneList = new ArrayList<JsonNode>();
        var sketches = new ArrayList<SceneSketch>();
        var pictures = new ArrayList<byte[]>();
        for (JsonNode scene : scenes) {
            sceneList.add(scene);
            SceneSketch sketch = sketch(brief, scene, profile);
            sketches.add(sketch);
            if (draw) {
                pictures.add(ILLUSTRATOR.draw(new ImageRequest(ImageRequest.Purpose.PAGE, "", sketch, width, height,
                        seed + scene.get("page").asInt(), null)).bytes());
            }
        }
        return new OfflineBook(story.get("title").asString(), texts, sceneList, sketches, pictures);
    }

    private static List<String> names(JsonNode profile) {
        var names = new ArrayList<String>();
        profile.get("characters").forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    /** The sketch the pipeline builds from a scene and the profile: who is present, in their fixed colours. */
    private static SceneSketch sketch(Map<String, Object> brief, JsonNode scene, JsonNode profile) {
        var present = new ArrayList<String>();
        scene.get("characters_present").forEach(n -> present.add(n.asString()));
        var cast = new ArrayList<SceneSketch.Character>();
        for (JsonNode c : profile.get("characters")) {
            if (present.contains(c.get("name").asString())) {
                JsonNode colours = c.get("colors");
                cast.add(new SceneSketch.Character(c.get("name").asString(), c.get("kind").asString(),
                        c.get("appearance").asString(), colours.get("hair").asString(), colours.get("skin").asString(),
                        colours.get("eyes").asString(), colours.get("outfit").asString(),
                        colours.get("accent").asString()));
            }
        }
        var props = new ArrayList<String>();
        scene.get("props").forEach(p -> props.add(p.asString()));
        return new SceneSketch((String) brief.get("art_style"), List.of(), scene.get("setting").asString(),
                scene.get("time_of_day").asString(), scene.get("emotion").asString(), scene.get("action").asString(),
                props, cast, scene.get("camera").asString());
    }

    private static JsonNode ask(PromptKind kind, Map<String, Object> facts, long seed) {
        var prompt = new TextPrompt(kind, List.of(ChatMessage.user("offline")), null, facts, seed, 3000);
        return JSON.readTree(WRITER.complete(prompt).content());
    }
}
