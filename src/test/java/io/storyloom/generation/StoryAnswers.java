package io.storyloom.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/** What a real language model would answer to each of Storyloom's questions about Mia's book. */
final class StoryAnswers {

    static final String CHILD = "Mia";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoryAnswers() {
    }

    static String story(int pages) {
        return JSON.writeValueAsString(map(
                "title", "Mia and the Dragon Egg",
                "meta", map("setting", "a sunny garden with tall sunflowers", "tone", "cozy, playful",
                        "lesson", "patience"),
                "pages", IntStream.rangeClosed(1, pages)
                        .mapToObj(n -> map("number", n, "text", "Page " + n + ": Mia waits by the speckled egg."))
                        .toList()));
    }

    static String visualProfile() {
        return JSON.writeValueAsString(map("characters", List.of(
                map("name", CHILD, "kind", "child", "appearance", "curly red hair, freckles, green eyes",
                        "clothing", "yellow raincoat", "colors", colors("#b5442b", "#f2c9a0", "#3f8f4f", "#f4d35e", "#2a6fdb")),
                map("name", "Pip", "kind", "dragon", "appearance", "a small round blue dragon with stubby wings",
                        "clothing", null, "colors", colors("#3a7bd5", "#6fa8f5", "#222222", "#3a7bd5", "#f7b267")))));
    }

    static String baseStyle() {
        return JSON.writeValueAsString(map("art_style", "watercolor", "medium", "soft watercolor on textured paper",
                "palette", List.of("#f4d35e", "#3a7bd5", "#8fbcd4", "#e07a5f"), "lighting", "warm morning light",
                "mood", "gentle and cheerful", "style_prompt", "soft watercolor picture-book illustration, warm light"));
    }

    static Map<String, Object> scene(int page) {
        return map("page", page, "setting", "the garden by the sunflowers, scene " + page, "time_of_day", "morning",
                "action", "Mia kneels beside the egg, moment " + page, "emotion", "curious",
                "characters_present", List.of(CHILD, "Pip"), "props", List.of("speckled egg", "watering can"),
                "camera", page % 2 == 0 ? "close-up" : "wide shot",
                "description", "Mia and Pip look at the speckled egg among the sunflowers, picture " + page + ".");
    }

    static String sceneMoment(int page) {
        return JSON.writeValueAsString(scene(page));
    }

    static String sceneMoments(int pages) {
        return JSON.writeValueAsString(map("scenes", IntStream.rangeClosed(1, pages).mapToObj(StoryAnswers::scene).toList()));
    }

    private static Map<String, Object> colors(String hair, String skin, String eyes, String outfit, String accent) {
        return map("hair", hair, "skin", skin, "eyes", eyes, "outfit", outfit, "accent", accent);
    }

    private static Map<String, Object> map(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
