package io.storyloom.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A password check or sign-up refused by {@link SignInThrottle}; try again after {@link #retryAfter()}.
 * An {@link AuthenticationException} so that Spring Security's sign-in filter reports it like any
 * other sign-in failure.
 */
class SignInThrottledException extends AuthenticationException {

    /** Which limit was reached; the words tell the client what to do. */
    enum Limit {
        ADDRESS("Too many sign-in attempts from your network."),
        ACCOUNT("Too many wrong passwords for this email from new devices. Sign in from a device you used before,"
                + " or wait."),
        SIGN_UP("Too many new accounts from your network.");

        private final String detail;

        Limit(String detail) {
            this.detail = detail;
        }
    }

    private final Duration retryAfter;
    private final Limit limit;

    SignInThrottledException(Limit limit, Duration retryAfter) {
        super("Too many attempts: " + limit);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** What the client is told, with the wait. */
    String detail() {
        return limit.detail + " Please try again in " + seconds() + " seconds.";
    }

    long seconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
