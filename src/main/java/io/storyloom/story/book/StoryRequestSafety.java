package io.storyloom.story.book;

import io.storyloom.safety.ContentConcern;
import io.storyloom.safety.ContentSafety;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Refuses requests that ask for violent, sexual, hateful or frightening content for a child. */
@Component
class StoryRequestSafety {

    private final ContentSafety safety;

    StoryRequestSafety(ContentSafety safety) {
        this.safety = safety;
    }

    void check(StoryRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("child.name", request.child().name());
        fields.put("child.appearance", request.child().appearance());
        fields.put("child.clothing", request.child().clothing());
        for (int i = 0; i < request.child().interests().size(); i++) {
            fields.put("child.interests[" + i + "]", request.child().interests().get(i));
        }
        fields.put("companion", request.companion());
        fields.put("idea", request.idea());
        fields.put("lesson", request.lesson());
        List<UnsafeRequestException.FieldConcern> concerns = new ArrayList<>();
        fields.forEach((field, text) -> safety.review(text).stream()
                .map(ContentConcern::describe)
                .forEach(message -> concerns.add(new UnsafeRequestException.FieldConcern(field, message))));
        if (!concerns.isEmpty()) {
            throw new UnsafeRequestException(concerns);
        }
    }
}
