package io.storyloom.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a GET with an API token that a {@link TokenReadShortcut} takes right behind the observation
 * filter (so it still counts under its route), before the session filter and Spring Security's chain,
 * which took almost half of each status poll's time (JFR, bench/run polling). The token is checked as
 * the chain checks it ({@link ApiTokens#authenticate}: revoked tokens and deleted accounts are refused at
 * once) and refused with the chain's own problem; every answer carries the headers of the API-token
 * chain, written by that chain's own {@link HeaderWriterFilter}. Whatever no shortcut takes or answers
 * goes on through the chain as usual.
 */
final class TokenReadShortcuts extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final List<TokenReadShortcut> shortcuts;
    private final HeaderWriterFilter headers;
    private final ProblemResponses problems;

    TokenReadShortcuts(ApiTokens tokens, List<TokenReadShortcut> shortcuts, HeaderWriterFilter headers,
            ProblemResponses problems) {
        this.tokens = tokens;
        this.shortcuts = List.copyOf(shortcuts);
        this.headers = headers;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return shortcuts.isEmpty() || !"GET".equals(request.getMethod()) || !ApiTokenAuthentication.isBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TokenReadShortcut shortcut = shortcuts.stream().filter(s -> s.takes(request)).findFirst().orElse(null);
        if (shortcut == null) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(ApiTokenAuthentication.secret(request));
        if (user.isEmpty()) { // the chain's answer, without asking the database about the token twice
            headers.doFilter(request, response, (req, res) ->
                    problems.unauthorized((HttpServletResponse) res, ApiTokenAuthentication.UNKNOWN));
            return;
        }
        byte[] body = shortcut.answer(request, user.get());
        if (body == null) { // not the caller's story, or none: the controller's problem
            chain.doFilter(request, response);
            return;
        }
        headers.doFilter(request, response, (req, res) -> {
            var answer = (HttpServletResponse) res;
            answer.setStatus(HttpServletResponse.SC_OK);
            answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
            answer.setContentLength(body.length);
            answer.getOutputStream().write(body);
        });
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
