package io.storyloom.account;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** What other features may ask of accounts. */
@Service
public class Accounts {

    private final AccountRepository accounts;

    Accounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * Holds the account's row lock until the current transaction ends, so checks such as quotas and the
     * writes they allow happen one request at a time per account. An account deleted meanwhile (an old
     * session, a token still cached elsewhere) answers 401.
     */
    public void lock(UUID accountId) {
        if (accounts.lock(accountId).isEmpty()) {
            throw new AccountGoneException();
        }
    }
}
