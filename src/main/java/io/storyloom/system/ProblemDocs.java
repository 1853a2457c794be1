package io.storyloom.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the errors every endpoint can answer, as the one {@code Problem} shape (RFC 9457) with
 * examples, so a client author sees 400, 401, 404, 409, 413, 415, 422 and 429 where they can happen.
 */
@Component
class ProblemDocs implements OpenApiCustomizer {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> PUBLIC = List.of("/account/signup", "/auth/token", "/account/csrf", "/shared/",
            "/stories/statuses", "/stories/limits", "/art-styles");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas("Problem", problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(operation, "400", "Invalid request: each bad field is named in errors", Map.of(
                    "type", "https://storyloom.dev/problems/invalid-request", "title", "Invalid request",
                    "status", 400, "detail", "Please check: child.age, idea.",
                    "errors", List.of(Map.of("field", "child.age", "message", "must be less than or equal to 12"),
                            Map.of("field", "idea", "message", "must not be blank"))));
        }
        if (PUBLIC.stream().noneMatch(path::startsWith)) {
            add(operation, "401", "Not signed in, or the API token is unknown or revoked", Map.of(
                    "title", "Sign-in required", "status", 401,
                    "detail", "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."));
        }
        if (path.contains("{")) {
            add(operation, "404", "No such story (or not yours: the answer is the same)", Map.of(
                    "title", "Story not found", "status", 404, "detail", "There is no story with that id."));
        }
        if (path.endsWith("/retry") || path.endsWith("/cancel") || path.endsWith("/illustration")
                || path.endsWith("/share") || path.contains("/export.") || path.matches(".*/pages/\\{number}$")) {
            add(operation, "409", "Not possible in the story's current state", Map.of(
                    "title", "Not possible in the story's current state", "status", 409,
                    "detail", "Only a failed story can be retried; this one is COMPLETE."));
        }
        if (hasBody) {
            add(operation, "413", "The request body is larger than 64 KB", Map.of(
                    "title", "Request too large", "status", 413, "detail", "The request body is larger than 65536 bytes."));
        }
        if (hasBody) {
            add(operation, "415", "The body is not application/json", Map.of(
                    "title", "Unsupported Media Type", "status", 415,
                    "detail", "Content-Type 'application/yaml' is not supported."));
        }
        if (method == PathItem.HttpMethod.POST && path.matches("/stories/?") || method == PathItem.HttpMethod.PUT) {
            add(operation, "422", "Asks for content unsuitable for a child; says what to change", Map.of(
                    "title", "Let's keep it gentle", "status", 422,
                    "detail", "Storyloom writes gentle stories for young children. Please change: idea (weapons "
                            + "used on people).",
                    "errors", List.of(Map.of("field", "idea", "category", "weapons used on people",
                            "suggestion", "leave weapons out; a brave idea, a friend or a funny trick can save the day",
                            "message", "asks for weapons used on people; leave weapons out; a brave idea, a friend or "
                                    + "a funny trick can save the day"))));
        }
        if (path.matches("/stories/?") && method == PathItem.HttpMethod.POST || path.endsWith("/retry")
                || path.endsWith("/illustration") || path.equals("/auth/token") || path.equals("/account/signup")
                || path.equals("/account") && method == PathItem.HttpMethod.DELETE) {
            add(operation, "429", "A limit was reached; Retry-After says when to try again", Map.of(
                    "title", "Limit reached", "status", 429, "retry_after_seconds", 60,
                    "detail", "You already have 3 books being made. Please wait until one is finished."));
        }
    }

    private static void add(Operation operation, String status, String description, Map<String, Object> example) {
        if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        var field = new ObjectSchema().addProperty("field", new StringSchema().example("child.age"))
                .addProperty("message", new StringSchema().example("must be less than or equal to 12"))
                .addProperty("category", new StringSchema().description("With 422: what is unsuitable for a child, "
                        + "in plain words; the offending words are never repeated").example("weapons used on people"))
                .addProperty("suggestion", new StringSchema().description("With 422: what to write instead")
                        .example("leave weapons out; a brave idea, a friend or a funny trick can save the day"));
        return new ObjectSchema()
                .description("An error, as RFC 9457 problem details.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("Please check: child.age."))
                .addProperty("instance", new StringSchema().example("/stories/"))
                .addProperty("errors", new ArraySchema().items(field).description("Each bad field, as sent"))
                .addProperty("retry_after_seconds", new IntegerSchema().description("With 429: when to try again"));
    }
}
