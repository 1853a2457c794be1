package io.storyloom.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.storyloom.system.Signals;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Personal API tokens: created (and shown) once, stored hashed, revocable. Scripts poll with them
 * many times a second, so a checked token is remembered for a few seconds ({@code
 * storyloom.tokens.cache-ttl}) and its last use written at most once a minute. A revoked token (or a
 * deleted account's) stops at once in every process: the revocation is signalled to the others on
 * PostgreSQL ({@link Signals}), and each drops it from its cache. On H2 there is one process.
 */
@Service
class ApiTokens {

    static final String PREFIX = "slt_";
    private static final String CHANNEL = "storyloom_tokens";

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final Cache<String, Checked> checked;
    private final Signals signals;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock,
            Settings settings, Signals signals) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.checked = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl()).maximumSize(10_000).build();
        this.signals = signals;
        signals.listen(CHANNEL, this::drop, checked::invalidateAll);
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
        boolean revoked = tokens.revoke(accountId, tokenId, now());
        drop("token:" + tokenId);
        if (revoked) {
            signals.send(CHANNEL, "token:" + tokenId);
        }
        return revoked;
    }

    /** Forgets the checked tokens of a deleted account, so they stop at once in every process. */
    void forget(UUID accountId) {
        drop("account:" + accountId);
        signals.send(CHANNEL, "account:" + accountId);
    }

    /** Drops the cached token ({@code token:<id>}) or an account's tokens ({@code account:<id>}). */
    private void drop(String signal) {
        int colon = signal.indexOf(':');
        UUID id;
        try {
            id = UUID.fromString(signal.substring(colon + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException notOurs) {
            return;
        }
        switch (signal.substring(0, Math.max(colon, 0))) {
            case "token" -> checked.asMap().values().removeIf(entry -> entry.tokenId().equals(id));
            case "account" -> checked.asMap().values().removeIf(entry -> entry.user().id().equals(id));
            default -> { }
        }
    }

    /** The account a presented token belongs to, if the token exists and is not revoked. */
    Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(secret);
        Checked known = checked.getIfPresent(hash);
        if (known == null) {
            known = tokens.findActiveByHash(hash)
                    .flatMap(token -> accounts.findById(token.accountId()).map(account -> {
                        var user = SignedInUser.of(account);
                        user.eraseCredentials();
                        return new Checked(token.id(), user, new java.util.concurrent.atomic.AtomicLong());
                    }))
                    .orElse(null);
            if (known == null) {
                return Optional.empty();
            }
            checked.put(hash, known);
        }
        touch(known);
        return Optional.of(known.user());
    }

    /** Writes the token's last use at most once a minute per process. */
    private void touch(Checked token) {
        long nowMillis = clock.millis();
        long last = token.lastTouched().get();
        if (nowMillis - last > 60_000 && token.lastTouched().compareAndSet(last, nowMillis)) {
            tokens.touch(token.tokenId(), now());
        }
    }

    /** A token found valid, remembered briefly. */
    private record Checked(UUID tokenId, SignedInUser user, java.util.concurrent.atomic.AtomicLong lastTouched) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A token just created, with its secret. */
    record NewToken(ApiToken token, String secret) {
    }

    /** @param cacheTtl how long a checked token is remembered (0: not at all) */
    @ConfigurationProperties("storyloom.tokens")
    @Validated
    record Settings(@DefaultValue("10s") @NotNull @DurationMin(millis = 0) Duration cacheTtl) {
    }
}
