package io.storyloom.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses requests whose parameters or body type cannot be read, before anything (sign-in, the CSRF
 * check, a controller) reads them: a parameter that is not UTF-8 text, or holds the NUL character
 * PostgreSQL refuses, is a 400 naming it; a {@code Content-Type} that is not one known media type
 * ({@code application/*}, an unknown charset) is a 415.
 */
@Component
@Order(FilterOrder.UNREADABLE_REQUESTS)
class UnreadableRequests extends OncePerRequestFilter {

    private static final String NOT_UTF8 = "cannot be read: parameters are percent-encoded UTF-8 text";
    private static final String NUL = "must not contain the NUL character (%00)";

    private final JsonMapper json;

    UnreadableRequests(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readableContentType(request.getContentType())) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be one known media type; this API reads application/json.");
            problem.setTitle("Unsupported Media Type");
            response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
            write(response, problem);
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            // The servlet container could not decode the query or form body (or found too many parameters).
            String name = undecodable(request.getQueryString());
            write(response, ProblemDetailsAdvice.invalid(List.of(new FieldProblem(name, NOT_UTF8))));
            return;
        }
        for (var parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey()) || List.of(parameter.getValue()).stream().anyMatch(UnreadableRequests::hasNul)) {
                String name = parameter.getKey().replace("\0", "\\u0000");
                write(response, ProblemDetailsAdvice.invalid(List.of(new FieldProblem(name, NUL))));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean readableContentType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Names the query parameter the container could not decode; a form body when the query is fine. */
    private static String undecodable(String query) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = lenientlyDecoded(parts[0]);
            String value = parts.length > 1 ? lenientlyDecoded(parts[1]) : "";
            if (name == null || name.indexOf('\uFFFD') >= 0) {
                return "query";
            }
            if (value == null || value.indexOf('\uFFFD') >= 0) {
                return name;
            }
        }
        return "body";
    }

    private static String lenientlyDecoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Problems.write(response, problem, json);
    }
}
