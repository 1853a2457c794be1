package io.storyloom.system;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem answers the features share. */
public final class Problems {

    private Problems() {
    }

    /** 400 naming one field, shaped like every other validation problem. */
    public static ProblemDetail invalidField(String field, String message) {
        return ProblemDetailsAdvice.invalid(List.of(new FieldProblem(field, message)));
    }

    /** 429 with {@code Retry-After} in the header and, for clients that only read bodies, in the problem. */
    public static ResponseEntity<ProblemDetail> tooManyRequests(String title, String detail, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setTitle(title);
        problem.setProperty("retry_after_seconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }
}
