package io.storyloom.system;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Explains a request body that could not be read, naming the field where Jackson knows it. */
final class BodyProblems {

    private BodyProblems() {
    }

    static ProblemDetail describe(HttpMessageNotReadableException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLargeException) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, t.getMessage() + ".");
                problem.setTitle("Request too large");
                return problem;
            }
        }
        Throwable cause = ex.getCause();
        if (cause instanceof StreamReadException || cause == null) {
            return ProblemDetailsAdvice.invalid(List.of(new FieldProblem("body", "must be a valid JSON document")));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return ProblemDetailsAdvice.invalid(List.of(new FieldProblem(path(databind), expectation(databind))));
        }
        return ProblemDetailsAdvice.invalid(List.of(new FieldProblem("body", "must be a JSON object of the documented shape")));
    }

    private static String path(DatabindException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String expectation(DatabindException ex) {
        if (ex instanceof InvalidFormatException invalid && TextWithoutNul.isCause(invalid)) {
            return TextWithoutNul.MESSAGE;
        }
        if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + List.of(invalid.getTargetType().getEnumConstants()).stream()
                    .map(Object::toString).map(String::toLowerCase).toList();
        }
        if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            Class<?> type = mismatched.getTargetType();
            if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
                return "must be a whole number";
            }
            if (type == String.class) {
                return "must be a string";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "must be a list";
            }
            return "must be an object";
        }
        return "has the wrong type";
    }
}
