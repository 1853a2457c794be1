package io.storyloom.story.book;

import io.storyloom.safety.ContentSafety;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Refuses requests that ask for content unsuitable for a child. Every free-text field is reviewed, in
 * one review so a moderation model is asked once; each field at fault is named with the category in
 * plain words and a suggestion, never with the words that caused it.
 */
@Component
class StoryRequestSafety {

    private final ContentSafety safety;

    StoryRequestSafety(ContentSafety safety) {
        this.safety = safety;
    }

    void check(StoryRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("child.name", request.child().name());
        fields.put("child.pronouns", request.child().pronouns());
        fields.put("child.appearance", request.child().appearance());
        fields.put("child.clothing", request.child().clothing());
        for (int i = 0; i < request.child().interests().size(); i++) {
            fields.put("child.interests[" + i + "]", request.child().interests().get(i));
        }
        fields.put("companion", request.companion());
        fields.put("idea", request.idea());
        fields.put("lesson", request.lesson());
        List<UnsafeRequestException.FieldConcern> concerns = new ArrayList<>();
        safety.review(fields).forEach((field, found) -> found
                .forEach(concern -> concerns.add(UnsafeRequestException.FieldConcern.of(field, concern))));
        if (!concerns.isEmpty()) {
            throw new UnsafeRequestException(concerns);
        }
    }
}
