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
 * Answers a GET with a valid API token from a {@link TokenReadShortcut} right behind the observation
 * filter (so it still counts under its route), before the session filter and Spring Security's chain,
 * which took about a third of each status poll's time (JFR, bench/run polling). The token is checked
 * as the chain checks it ({@link ApiTokens#authenticate}: revoked tokens and deleted accounts are
 * refused at once), and the answer carries the headers of the API-token chain, written by that chain's
 * own {@link HeaderWriterFilter}. Anything a shortcut does not answer, or a token that is not valid,
 * goes on through the chain as usual.
 */
final class TokenReadShortcuts extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final List<TokenReadShortcut> shortcuts;
    private final HeaderWriterFilter headers;

    TokenReadShortcuts(ApiTokens tokens, List<TokenReadShortcut> shortcuts, HeaderWriterFilter headers) {
        this.tokens = tokens;
        this.shortcuts = List.copyOf(shortcuts);
        this.headers = headers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return shortcuts.isEmpty() || !"GET".equals(request.getMethod()) || !ApiTokenAuthentication.isBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = tokens.authenticate(ApiTokenAuthentication.secret(request))
                .map(user -> answer(request, user))
                .orElse(null);
        if (body == null) {
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

    private byte[] answer(HttpServletRequest request, SignedInUser user) {
        for (TokenReadShortcut shortcut : shortcuts) {
            byte[] body = shortcut.answer(request, user);
            if (body != null) {
                return body;
            }
        }
        return null;
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
