package io.storyloom.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed sign-ins for an email, further
 * attempts are refused for a lock that doubles with each failure, up to 15 minutes. Kept in the
 * database so every web process sees the same count.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long sign-in stays refused for this email, if it is locked now. */
    Optional<Duration> lockedFor(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("select locked_until from sign_in_throttle where email = ?").param(key(email))
                .query(OffsetDateTime.class).optional()
                .filter(until -> until != null && until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    void failed(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int failures = jdbc.sql("select failures from sign_in_throttle where email = ?").param(key(email))
                .query(Integer.class).optional().orElse(0) + 1;
        OffsetDateTime lockedUntil = failures < FREE_FAILURES ? null : now.plus(lockFor(failures));
        int updated = jdbc.sql("update sign_in_throttle set failures = ?, locked_until = ?, updated_at = ? where email = ?")
                .params(failures, lockedUntil, now, key(email)).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (email, failures, locked_until, updated_at) values (?, ?, ?, ?)")
                        .params(key(email), failures, lockedUntil, now).update();
            } catch (DuplicateKeyException raced) {
                failed(email);
            }
        }
    }

    void succeeded(String email) {
        jdbc.sql("delete from sign_in_throttle where email = ?").param(key(email)).update();
    }

    private static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
