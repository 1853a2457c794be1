package io.storyloom.story.book;

import io.storyloom.story.StoryStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A filter over stories: an owner, a status and a search term, each optional.
 *
 * @param status a {@link StoryStatus}; {@link StoryStatus#GENERATING_PAGE_IMAGE} matches every page
 */
public record StoryQuery(UUID ownerId, StoryStatus status, String text) {

    String where() {
        List<String> clauses = new ArrayList<>();
        if (ownerId != null) {
            clauses.add("owner_id = :owner");
        }
        if (status == StoryStatus.GENERATING_PAGE_IMAGE) {
            clauses.add("status like 'GENERATING\\_PAGE\\_IMAGE\\_%' escape '\\'");
        } else if (status != null) {
            clauses.add("status = :status");
        }
        if (text != null && !text.isBlank()) {
            clauses.add("search_text like :text escape '\\'");
        }
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }

    Map<String, Object> params() {
        var params = new LinkedHashMap<String, Object>();
        if (ownerId != null) {
            params.put("owner", ownerId);
        }
        if (status != null && status != StoryStatus.GENERATING_PAGE_IMAGE) {
            params.put("status", status.code());
        }
        if (text != null && !text.isBlank()) {
            params.put("text", SearchText.containing(text));
        }
        return params;
    }
}
