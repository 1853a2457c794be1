package io.storyloom.prompt;

import static io.storyloom.ai.OfflineFacts.APPEARANCE;
import static io.storyloom.ai.OfflineFacts.ART_STYLE;
import static io.storyloom.ai.OfflineFacts.ART_STYLE_DESCRIPTION;
import static io.storyloom.ai.OfflineFacts.CHARACTERS;
import static io.storyloom.ai.OfflineFacts.CHILD_AGE;
import static io.storyloom.ai.OfflineFacts.CHILD_NAME;
import static io.storyloom.ai.OfflineFacts.CLOTHING;
import static io.storyloom.ai.OfflineFacts.COMPANION;
import static io.storyloom.ai.OfflineFacts.IDEA;
import static io.storyloom.ai.OfflineFacts.INTERESTS;
import static io.storyloom.ai.OfflineFacts.LANGUAGE;
import static io.storyloom.ai.OfflineFacts.LESSON;
import static io.storyloom.ai.OfflineFacts.PAGES;
import static io.storyloom.ai.OfflineFacts.PAGE_COUNT;
import static io.storyloom.ai.OfflineFacts.PAGE_NUMBER;
import static io.storyloom.ai.OfflineFacts.PAGE_TEXT;
import static io.storyloom.ai.OfflineFacts.PRONOUNS;
import static io.storyloom.ai.OfflineFacts.SETTING;

import io.storyloom.ai.OfflineFacts;
import io.storyloom.design.VisualProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the facts each prompt is rendered from: the template variables, which the offline writer reads
 * too. Those it reads are named in {@link OfflineFacts}; the rest (written in full here) only the
 * templates use.
 */
final class PromptFacts {

    private PromptFacts() {
    }

    static Map<String, Object> brief(StoryBrief brief) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put(CHILD_NAME, brief.childName());
        facts.put(CHILD_AGE, brief.childAge());
        facts.put(PRONOUNS, nullToEmpty(brief.pronouns()));
        facts.put(APPEARANCE, nullToEmpty(brief.appearance()));
        facts.put(CLOTHING, nullToEmpty(brief.clothing()));
        facts.put(INTERESTS, brief.interests());
        facts.put("interests_text", joinAnd(brief.interests()));
        facts.put(COMPANION, nullToEmpty(brief.companion()));
        facts.put(IDEA, brief.idea());
        facts.put(LESSON, nullToEmpty(brief.lesson()));
        facts.put(PAGE_COUNT, brief.pageCount());
        facts.put(ART_STYLE, brief.artStyle());
        facts.put(ART_STYLE_DESCRIPTION, nullToEmpty(brief.artStyleDescription()));
        facts.put(LANGUAGE, brief.language());
        facts.put("language_name", brief.languageName());
        return facts;
    }

    static Map<String, Object> story(StoryBrief brief, StructuredStory story) {
        var facts = brief(brief);
        facts.put("title", story.title());
        facts.put(SETTING, story.meta().setting());
        facts.put("tone", story.meta().tone());
        facts.put("story_lesson", story.meta().lesson());
        facts.put(PAGES, story.pages().stream()
                .map(p -> OfflineFacts.page(p.number(), p.text()))
                .toList());
        facts.put("story_text", story.pages().stream()
                .map(p -> "Page " + p.number() + ": " + p.text())
                .collect(Collectors.joining("\n")));
        return facts;
    }

    static Map<String, Object> scenes(StoryBrief brief, StructuredStory story, VisualProfile profile) {
        var facts = story(brief, story);
        List<String> names = profile.characters().stream().map(VisualProfile.Character::name).toList();
        facts.put(CHARACTERS, names);
        facts.put("characters_text", profile.characters().stream()
                .map(c -> c.name() + " (" + c.kind() + ")")
                .collect(Collectors.joining(", ")));
        return facts;
    }

    static Map<String, Object> scene(StoryBrief brief, StructuredStory story, VisualProfile profile, int page) {
        var facts = scenes(brief, story, profile);
        facts.put(PAGE_NUMBER, page);
        facts.put(PAGE_TEXT, textOf(story, page));
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
