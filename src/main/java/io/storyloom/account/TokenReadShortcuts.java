package io.storyloom.account;

import io.micrometer.core.instrument.LongTaskTimer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET with an API token that a {@link TokenReadShortcut} takes in front of the HTTP observation,
 * the session filter and Spring Security's chain, which together took most of each status poll's time
 * (JFR, bench/run polling). The token is checked as the chain checks it ({@link ApiTokens#authenticate}:
 * revoked tokens and deleted accounts are refused at once) and refused with the chain's own problem; every
 * answer carries the headers of the API-token chain, written by that chain's own {@link HeaderWriterFilter},
 * and is counted in the observation's own timer for its route and status ({@link ObservedMeters}). Whatever
 * no shortcut takes or answers goes on through the observation and the chain as usual: so does an answer
 * that has no timer to count in yet (a process's first), and a read that fails, whose error the controller
 * then meets again, observed.
 */
final class TokenReadShortcuts extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final List<TokenReadShortcut> shortcuts;
    private final HeaderWriterFilter headers;
    private final ProblemResponses problems;
    private final ObservedMeters meters;

    TokenReadShortcuts(ApiTokens tokens, List<TokenReadShortcut> shortcuts, HeaderWriterFilter headers,
            ProblemResponses problems, ObservedMeters meters) {
        this.tokens = tokens;
        this.shortcuts = List.copyOf(shortcuts);
        this.headers = headers;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // A GET with a body type is left to the filters that check it (system.UnreadableRequests).
        return shortcuts.isEmpty() || !"GET".equals(request.getMethod()) || request.getContentType() != null
                || !ApiTokenAuthentication.isBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = meters.now();
        TokenReadShortcut shortcut = taking(request);
        if (shortcut == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user;
        byte[] body;
        try {
            user = tokens.authenticate(ApiTokenAuthentication.secret(request));
            body = user.isEmpty() ? null : shortcut.answer(request, user.get());
        } catch (RuntimeException e) { // the controller meets it again, observed and answered as a problem
            chain.doFilter(request, response);
            return;
        }
        if (user.isEmpty()) { // the chain's answer, without asking the database about the token twice
            answer(request, response, chain, ObservedMeters.NO_ROUTE, HttpServletResponse.SC_UNAUTHORIZED, started,
                    res -> problems.unauthorized(res, ApiTokenAuthentication.UNKNOWN));
        } else if (body == null) { // not the caller's story, or none: the controller's problem
            chain.doFilter(request, response);
        } else {
            answer(request, response, chain, shortcut.route(), HttpServletResponse.SC_OK, started, res -> {
                res.setStatus(HttpServletResponse.SC_OK);
                res.setContentType(MediaType.APPLICATION_JSON_VALUE);
                res.setContentLength(body.length);
                res.getOutputStream().write(body);
            });
        }
    }

    private TokenReadShortcut taking(HttpServletRequest request) {
        for (TokenReadShortcut shortcut : shortcuts) {
            if (shortcut.takes(request)) {
                return shortcut;
            }
        }
        return null;
    }

    /** Writes the answer through the chain's header writer and counts it, or lets the chain answer if it cannot be counted. */
    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String route,
            int status, long started, Answer answer) throws ServletException, IOException {
        ObservedMeters.Meters counted = meters.of(route, status);
        if (counted == null) {
            chain.doFilter(request, response);
            return;
        }
        LongTaskTimer.Sample inFlight = counted.active() == null ? null : counted.active().start();
        try {
            headers.doFilter(request, response, (req, res) -> answer.write((HttpServletResponse) res));
        } finally {
            if (inFlight != null) {
                inFlight.stop();
            }
        }
        counted.timer().record(meters.now() - started, TimeUnit.NANOSECONDS);
    }

    private interface Answer {
        void write(HttpServletResponse response) throws IOException;
    }

    /** The API-token chain's header writer: the one filter of that chain a shortcut's answer goes through. */
    static HeaderWriterFilter headerWriter(SecurityFilterChain chain) {
        return chain.getFilters().stream()
                .filter(HeaderWriterFilter.class::isInstance)
                .map(HeaderWriterFilter.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The API-token chain writes no security headers"));
    }
}
