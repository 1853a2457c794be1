package io.storyloom.account;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes an account with everything it owns, in one transaction: the features delete their rows on
 * {@link AccountDeleting}, then the account's row goes (its API tokens with it). Once that has
 * committed, the account's sessions end (in the shared session store) and its cached tokens are forgotten.
 */
@Service
class AccountDeletion {

    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    AccountDeletion(AccountRepository accounts, ApiTokens tokens, AccountSessions sessions,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    void delete(UUID accountId) {
        // The account's lock first, as every quota check takes it: no book can be started meanwhile.
        if (accounts.lock(accountId).isEmpty()) {
            throw new AccountGoneException();
        }
        events.publishEvent(new AccountDeleting(accountId));
        accounts.delete(accountId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tokens.forget(accountId);
                sessions.endAll(accountId);
                log.atInfo().addKeyValue("operation", "delete_account").addKeyValue("account_id", accountId)
                        .log("Deleted account {}", accountId);
            }
        });
    }
}
