package io.storyloom.system;

import org.springframework.core.Ordered;

/**
 * Where the servlet filters that must come in a fixed order stand. First (at the highest precedence) the
 * role, size, encoding and first-use filters; then the API-token read shortcut, which counts its answers in
 * the observation's meters; then the HTTP observation, which times everything after it; then the rest.
 */
public final class FilterOrder {

    /**
     * {@link WebRoleFilter}, {@link RequestSizeLimit} and {@code safety.LoadModelOnFirstUse}, beside Spring Boot's
     * character-encoding filter: nothing comes before them.
     */
    public static final int FIRST = Ordered.HIGHEST_PRECEDENCE;
    /** {@code account.TokenReadShortcuts}: a status poll answered before the observation and the chains. */
    public static final int TOKEN_READ_SHORTCUTS = FIRST + 1;
    /** Spring's {@code ServerHttpObservationFilter} (http.server.requests), registered by {@link RequestObservation}. */
    public static final int HTTP_OBSERVATION = FIRST + 2;
    /** {@link UnreadableRequests}: its 400s and 415s are observed like every other answer. */
    public static final int UNREADABLE_REQUESTS = FIRST + 3;

    private FilterOrder() {
    }
}
