package io.storyloom.account;

import io.storyloom.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem+json from security filters, which run before Spring MVC's own error
 * handling, so API clients get the same shape of error everywhere.
 */
@Component
class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, 401, "Sign-in required", detail, Map.of());
    }

    void tooManyAttempts(HttpServletResponse response, SignInThrottledException e) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds()));
        write(response, 429, "Too many attempts", e.detail(), Map.of("retry_after_seconds", e.seconds()));
    }

    void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, 403, "Forbidden", detail, Map.of());
    }

    void write(HttpServletResponse response, int status, String title, String detail, Map<String, Object> extra)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        extra.forEach(problem::setProperty);
        Problems.write(response, problem, json);
    }
}
