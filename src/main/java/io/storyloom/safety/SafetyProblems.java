package io.storyloom.safety;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A review that could not be completed is a 503 with {@code Retry-After}: the request was not refused
 * for its content, and it was not let through unreviewed either.
 */
@RestControllerAdvice
class SafetyProblems {

    private static final int RETRY_AFTER_SECONDS = 30;

    @ExceptionHandler(ReviewUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ReviewUnavailableException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("Safety check unavailable");
        problem.setProperty("retry_after_seconds", RETRY_AFTER_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS)).body(problem);
    }
}
