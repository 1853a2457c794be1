package io.storyloom.account;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of this process by account, followed through the servlet container's session
 * events (Spring Boot registers this listener), so deleting an account can end every session it has
 * here. Sessions live in each web process; in another process a deleted account's session finds
 * nothing left and {@code /account/me} answers 401.
 */
@Component
class AccountSessions implements HttpSessionAttributeListener, HttpSessionListener {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<UUID, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();
    private final Map<HttpSession, UUID> accountOf = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        follow(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        follow(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            forget(event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    /** Invalidates every session of the account in this process. */
    void endAll(UUID accountId) {
        Set<HttpSession> sessions = byAccount.remove(accountId);
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            accountOf.remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
    }

    private void follow(HttpSessionBindingEvent event) {
        if (!CONTEXT.equals(event.getName())) {
            return;
        }
        HttpSession session = event.getSession();
        forget(session);
        // On a replacement the event carries the old value; the session has the new one.
        if (session.getAttribute(CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accountOf.put(session, user.id());
            byAccount.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    private void forget(HttpSession session) {
        UUID accountId = accountOf.remove(session);
        if (accountId != null) {
            byAccount.computeIfPresent(accountId, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }
}
