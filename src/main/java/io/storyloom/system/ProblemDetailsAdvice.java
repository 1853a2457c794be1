package io.storyloom.system;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json. Bad input names each bad field (snake_case, as sent) in
 * {@code errors}; nothing a client can send ends in a 500, and a 500 never carries internals.
 * Features answer their own exceptions in advices of their own, which come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(FieldNames.snakeCase(e.getField()), message(e)))
                .distinct()
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                FieldNames.snakeCase(result.getMethodParameter().getParameterName()),
                                error.getDefaultMessage())))
                .distinct()
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = BodyProblems.describe(ex);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        if ("id".equals(ex.getName())) {
            // An id that cannot exist is simply not found.
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing with that id.");
            problem.setTitle("Not found");
            return problem;
        }
        String expected = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
                ? "must be one of " + List.of(ex.getRequiredType().getEnumConstants())
                : "has the wrong format";
        return invalid(List.of(new FieldProblem(FieldNames.snakeCase(ex.getName()), expected)));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again in a moment.");
        problem.setTitle("Internal error");
        return problem;
    }

    static ProblemDetail invalid(List<FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.isEmpty()
                ? "The request is not valid."
                : "Please check: " + errors.stream().map(FieldProblem::field).distinct()
                        .collect(Collectors.joining(", ")) + ".");
        problem.setTitle("Invalid request");
        problem.setType(URI.create("https://storyloom.dev/problems/invalid-request"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }
}
