package io.storyloom.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter of the API-token chain: offers an authenticated GET to each {@link TokenReadShortcut}
 * and passes it on to the MVC dispatch when none answers. Not a bean, so Spring Boot does not also
 * register it for every request.
 */
final class TokenReadShortcuts extends OncePerRequestFilter {

    private final List<TokenReadShortcut> shortcuts;

    TokenReadShortcuts(List<TokenReadShortcut> shortcuts) {
        this.shortcuts = List.copyOf(shortcuts);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return shortcuts.isEmpty() || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            for (TokenReadShortcut shortcut : shortcuts) {
                if (shortcut.answer(request, response, user)) {
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
