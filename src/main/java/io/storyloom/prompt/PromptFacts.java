package io.storyloom.prompt;

import io.storyloom.design.VisualProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the facts each prompt is rendered from. The keys are the template variables and what the
 * offline model reads, so they are named once, here.
 */
final class PromptFacts {

    private PromptFacts() {
    }

    static Map<String, Object> brief(StoryBrief brief) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("child_name", brief.childName());
        facts.put("child_age", brief.childAge());
        facts.put("pronouns", nullToEmpty(brief.pronouns()));
        facts.put("appearance", nullToEmpty(brief.appearance()));
        facts.put("clothing", nullToEmpty(brief.clothing()));
        facts.put("interests", brief.interests());
        facts.put("interests_text", joinAnd(brief.interests()));
        facts.put("companion", nullToEmpty(brief.companion()));
        facts.put("idea", brief.idea());
        facts.put("lesson", nullToEmpty(brief.lesson()));
        facts.put("page_count", brief.pageCount());
        facts.put("art_style", brief.artStyle());
        facts.put("art_style_description", nullToEmpty(brief.artStyleDescription()));
        facts.put("language", brief.language());
        facts.put("language_name", brief.languageName());
        return facts;
    }

    static Map<String, Object> story(StoryBrief brief, StructuredStory story) {
        var facts = brief(brief);
        facts.put("title", story.title());
        facts.put("setting", story.meta().setting());
        facts.put("tone", story.meta().tone());
        facts.put("story_lesson", story.meta().lesson());
        facts.put("pages", story.pages().stream()
                .map(p -> Map.<String, Object>of("number", p.number(), "text", p.text()))
                .toList());
        facts.put("story_text", story.pages().stream()
                .map(p -> "Page " + p.number() + ": " + p.text())
                .collect(Collectors.joining("\n")));
        return facts;
    }

    static Map<String, Object> scenes(StoryBrief brief, StructuredStory story, VisualProfile profile) {
        var facts = story(brief, story);
        List<String> names = profile.characters().stream().map(VisualProfile.Character::name).toList();
        facts.put("characters", names);
        facts.put("characters_text", profile.characters().stream()
                .map(c -> c.name() + " (" + c.kind() + ")")
                .collect(Collectors.joining(", ")));
        return facts;
    }

    static Map<String, Object> scene(StoryBrief brief, StructuredStory story, VisualProfile profile, int page) {
        var facts = scenes(brief, story, profile);
        facts.put("page_number", page);
        facts.put("page_text", textOf(story, page));
        facts.put("previous_page_text", textOf(story, page - 1));
        facts.put("next_page_text", textOf(story, page + 1));
        return facts;
    }

    private static String textOf(StructuredStory story, int page) {
        return story.pages().stream().filter(p -> p.number() == page)
                .map(StructuredStory.PageText::text).findFirst().orElse("");
    }

    static String joinAnd(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
