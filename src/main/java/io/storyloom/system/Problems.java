package io.storyloom.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Problem answers the features share. */
public final class Problems {

    private Problems() {
    }

    /** 400 naming one field, shaped like every other validation problem. */
    public static ProblemDetail invalidField(String field, String message) {
        return ProblemDetailsAdvice.invalid(List.of(new FieldProblem(field, message)));
    }

    /**
     * Writes a problem from a servlet filter, which runs before Spring MVC's own error handling: the same
     * body the controllers' problems have (type, title, status, detail, then the problem's properties).
     */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // JSON is UTF-8 by definition
        json.writeValue(response.getOutputStream(), body);
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
