package io.storyloom.account;

import io.storyloom.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Account errors as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler(AccountExistsException.class)
    ProblemDetail exists(AccountExistsException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Account exists");
        return problem;
    }

    @ExceptionHandler(WrongPasswordException.class)
    ProblemDetail wrongPassword(WrongPasswordException ex) {
        return Problems.invalidField("password", ex.getMessage());
    }

    /** A session or cached token whose account was deleted: signed out. */
    @ExceptionHandler(AccountGoneException.class)
    ProblemDetail gone(AccountGoneException ex, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
        problem.setTitle("Sign-in required");
        return problem;
    }

    @ExceptionHandler(SignInThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottledException ex) {
        return Problems.tooManyRequests("Too many attempts", ex.detail(), Duration.ofSeconds(ex.seconds()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail wrongPassword() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong email or password.");
        problem.setTitle("Sign-in failed");
        return problem;
    }
}
