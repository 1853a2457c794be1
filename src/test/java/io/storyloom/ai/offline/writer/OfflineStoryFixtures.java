package io.storyloom.ai.offline.writer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.PromptKind;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextPrompt;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.design.VisualProfile;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts shaped as {@code PromptFacts} builds them, and answers read the way Storyloom reads them:
 * parsed into the real records and validated.
 */
final class OfflineStoryFixtures {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    static final OfflineTextModel MODEL = new OfflineTextModel(Duration.ZERO);

    private OfflineStoryFixtures() {
    }

    /** A complete brief: Mia, five, she/her, a blue dragon, a lost star in the garden, sharing. */
    static Map<String, Object> brief() {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("child_name", "Mia");
        facts.put("child_age", 5);
        facts.put("pronouns", "she/her");
        facts.put("appearance", "curly red hair and green eyes");
        facts.put("clothing", "a yellow raincoat and red boots");
        facts.put("interests", List.of("dinosaurs", "painting"));
        facts.put("interests_text", "dinosaurs and painting");
        facts.put("companion", "a small blue dragon");
        facts.put("idea", "finding a lost star in the garden");
        facts.put("lesson", "sharing");
        facts.put("page_count", 6);
        facts.put("art_style", "watercolor");
        facts.put("art_style_description", "soft washes of colour");
        facts.put("language", "en");
        facts.put("language_name", "English");
        return facts;
    }

    /** A brief with only what StoryBrief requires; every optional fact empty. */
    static Map<String, Object> bareBrief() {
        var facts = brief();
        facts.put("pronouns", "");
        facts.put("appearance", "");
        facts.put("clothing", "");
        facts.put("interests", List.of());
        facts.put("interests_text", "");
        facts.put("companion", "");
        facts.put("lesson", "");
        facts.put("art_style_description", "");
        return facts;
    }

    /** The facts with some replaced; a {@code null} value removes the fact. */
    static Map<String, Object> with(Map<String, Object> facts, Object... keysAndValues) {
        var copy = new LinkedHashMap<>(facts);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                copy.remove((String) keysAndValues[i]);
            } else {
                copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return copy;
    }

    static TextPrompt prompt(PromptKind kind, Map<String, Object> facts, long seed) {
        return new TextPrompt(kind, List.of(ChatMessage.system("You write picture books."),
                ChatMessage.user("Write the " + kind + " for " + facts.get("child_name") + ".")), null, facts, seed, 3000);
    }

    static TextCompletion complete(PromptKind kind, Map<String, Object> facts, long seed) {
        return MODEL.complete(prompt(kind, facts, seed));
    }

    /** The answer parsed into the real record; fails the test when it does not parse or validate. */
    static <T> T answer(PromptKind kind, Map<String, Object> facts, long seed, Class<T> type) {
        String json = complete(kind, facts, seed).content();
        T value = JSON.readValue(json, type);
        assertThat(violations(value)).as("violations of %s", json).isEmpty();
        return value;
    }

    static <T> List<String> violations(T value) {
        return VALIDATOR.validate(value).stream()
                .map((ConstraintViolation<T> v) -> v.getPropertyPath() + " " + v.getMessage())
                .sorted().toList();
    }

    static StructuredStory story(Map<String, Object> brief) {
        return answer(PromptKind.STRUCTURED_STORY, brief, 42L, StructuredStory.class);
    }

    /** The facts of the questions asked after the story, as PromptFacts.story adds them. */
    static Map<String, Object> storyFacts(Map<String, Object> brief, StructuredStory story) {
        var facts = new LinkedHashMap<>(brief);
        facts.put("title", story.title());
        facts.put("setting", story.meta().setting());
        facts.put("tone", story.meta().tone());
        facts.put("story_lesson", story.meta().lesson());
        facts.put("pages", story.pages().stream()
                .map(p -> Map.<String, Object>of("number", p.number(), "text", p.text())).toList());
        facts.put("story_text", story.pages().stream().map(p -> "Page " + p.number() + ": " + p.text())
                .collect(Collectors.joining("\n")));
        return facts;
    }

    /** The facts of the scene questions, as PromptFacts.scenes adds them. */
    static Map<String, Object> sceneFacts(Map<String, Object> brief, StructuredStory story, VisualProfile profile) {
        var facts = storyFacts(brief, story);
        facts.put("characters", profile.characters().stream().map(VisualProfile.Character::name).toList());
        facts.put("characters_text", profile.characters().stream().map(c -> c.name() + " (" + c.kind() + ")")
                .collect(Collectors.joining(", ")));
        return facts;
    }

    static String text(StructuredStory story) {
        return story.pages().stream().map(StructuredStory.PageText::text).collect(Collectors.joining("\n"));
    }

    static String readAloud(StructuredStory story) {
        return story.title() + "\n(" + story.meta().setting() + " | " + story.meta().tone() + " | "
                + story.meta().lesson() + ")\n" + story.pages().stream()
                        .map(p -> "  [" + p.number() + "] " + p.text()).collect(Collectors.joining("\n"));
    }
}
