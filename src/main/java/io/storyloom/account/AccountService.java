package io.storyloom.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and finds accounts. */
@Service
class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    Optional<Account> find(UUID id) {
        return accounts.findById(id);
    }

    Account signUp(SignUpRequest request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountExistsException();
        }
        var account = new Account(UUID.randomUUID(), email, request.displayName().strip(),
                passwords.encode(request.password()), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException raced) {
            throw new AccountExistsException();
        }
        return account;
    }
}
