package io.storyloom.story.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyloom.account.SignedInUser;
import io.storyloom.account.TokenReadShortcut;
import io.storyloom.story.OwnedStories;
import io.storyloom.story.status.StatusViews;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /stories/{id}/status} with a valid API token, answered from the status cache in front of the
 * session filter, Spring Security's chain and the MVC dispatch (see {@link TokenReadShortcut}): the JSON of
 * {@link StoryController#status} with the same headers, for a fraction of the work (JFR, bench/run polling).
 * Anything else (another spelling of the path, a query, an {@code Accept} that does not take JSON, a story
 * that is not the caller's) goes on to the controller, which answers it, problems included, as always.
 */
@Component
class StatusReads implements TokenReadShortcut {

    static final String PATTERN = "/stories/{id}/status";
    private static final String PREFIX = "/stories/";
    private static final String SUFFIX = "/status";
    private static final int UUID_LENGTH = 36;

    private final OwnedStories owned;
    private final JsonMapper json;
    /**
     * The JSON last answered per story: the status cache hands out the same status object poll after poll
     * until it is read again, so each is written once (writing took about a tenth of a poll's work).
     */
    private final Cache<UUID, Written> written = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(1)).build();

    StatusReads(OwnedStories owned, JsonMapper json) {
        this.owned = owned;
        this.json = json;
    }

    @Override
    public boolean takes(HttpServletRequest request) {
        return request.getQueryString() == null && acceptsJson(request.getHeader(HttpHeaders.ACCEPT))
                && storyId(request) != null;
    }

    @Override
    public String route() {
        return PATTERN;
    }

    @Override
    public byte[] answer(HttpServletRequest request, SignedInUser user) {
        UUID id = storyId(request);
        var status = owned.statusOf(id, user).orElse(null);
        if (status == null) {
            return null;
        }
        Written last = written.getIfPresent(id);
        if (last != null && last.status() == status) {
            return last.json();
        }
        byte[] body = json.writeValueAsBytes(status);
        written.put(id, new Written(status, body));
        return body;
    }

    private record Written(StatusViews.Status status, byte[] json) {
    }

    private static UUID storyId(HttpServletRequest request) {
        return storyId(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The story id of exactly {@code /stories/<uuid>/status}, or null. */
    static UUID storyId(String path) {
        if (path.length() != PREFIX.length() + UUID_LENGTH + SUFFIX.length() || !path.startsWith(PREFIX)
                || !path.endsWith(SUFFIX)) {
            return null;
        }
        try {
            return UUID.fromString(path.substring(PREFIX.length(), PREFIX.length() + UUID_LENGTH));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** No Accept header, or one that takes JSON; one that cannot be read is left to the controller. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
