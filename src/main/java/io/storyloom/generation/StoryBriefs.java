package io.storyloom.generation;

import io.storyloom.prompt.StoryBrief;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.story.Page;
import io.storyloom.story.Story;
import java.util.List;

/** Turns stored stories back into what the prompts take. */
final class StoryBriefs {

    private StoryBriefs() {
    }

    static StoryBrief of(Story s) {
        var child = s.child();
        return new StoryBrief(child.name(), child.age(), child.pronouns(), child.appearance(), child.clothing(),
                child.interests(), s.companion(), s.idea(), s.lesson(), s.pagesTotal(), s.artStyle().id(),
                s.artStyle().description(), s.language(), s.seed());
    }

    /** The outline as saved, including any page a parent has since edited. */
    static StructuredStory outline(Story s, List<Page> pages) {
        var meta = s.meta();
        return new StructuredStory(s.title(), new StructuredStory.Meta(meta.setting(), meta.tone(), meta.lesson()),
                pages.stream().map(p -> new StructuredStory.PageText(p.number(), p.text())).toList());
    }
}
