package io.storyloom.account;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, found in the shared session store by the account's id
 * ({@link SessionStore}), so deleting an account ends every session it has, in every web process.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Deletes every session of the account. */
    void endAll(UUID accountId) {
        sessions.findByPrincipalName(accountId.toString()).keySet().forEach(sessions::deleteById);
    }
}
