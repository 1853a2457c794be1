package io.storyloom.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Personal API tokens: created (and shown) once, stored hashed, revocable. */
@Service
class ApiTokens {

    static final String PREFIX = "slt_";

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token for the account; the returned secret is not kept anywhere. */
    NewToken create(UUID accountId, String name) {
        String secret = SecretTokens.generate(PREFIX);
        var token = new ApiToken(UUID.randomUUID(), accountId, name.strip(), secret.substring(0, 8), now(), null);
        tokens.insert(token, SecretTokens.hash(secret));
        return new NewToken(token, secret);
    }

    List<ApiToken> list(UUID accountId) {
        return tokens.findActive(accountId);
    }

    boolean revoke(UUID accountId, UUID tokenId) {
        return tokens.revoke(accountId, tokenId, now());
    }

    /** The account a presented token belongs to, if the token exists and is not revoked. */
    Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findActiveByHash(SecretTokens.hash(secret)).flatMap(token -> {
            tokens.touch(token.id(), now());
            return accounts.findById(token.accountId());
        }).map(SignedInUser::of).map(user -> {
            user.eraseCredentials();
            return user;
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A token just created, with its secret. */
    record NewToken(ApiToken token, String secret) {
    }
}
