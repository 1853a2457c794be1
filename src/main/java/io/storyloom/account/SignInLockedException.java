package io.storyloom.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this email; try again after {@link #retryAfter()}. */
class SignInLockedException extends AuthenticationException {

    private final Duration retryAfter;

    SignInLockedException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
