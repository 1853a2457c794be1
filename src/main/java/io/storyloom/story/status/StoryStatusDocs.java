package io.storyloom.story.status;

import io.storyloom.story.StoryStatus;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link StoryStatus} in the OpenAPI document as the {@code StoryStatus} schema, from the
 * enum itself, and points every {@code status} field of the story API at it.
 */
@Component
class StoryStatusDocs implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        var schema = new StringSchema();
        schema.setDescription("A story's status. GENERATING_PAGE_IMAGE_{n} stands for one value per page, e.g. "
                + "GENERATING_PAGE_IMAGE_3.\n\n" + Arrays.stream(StoryStatus.values())
                .map(s -> "- `" + s.code() + "`: \"" + s.message() + "\". " + s.description())
                .collect(Collectors.joining("\n")));
        // Not an enum: one value per page does not fit a closed list; the pattern and x-statuses describe it.
        schema.addExtension("x-statuses", Arrays.stream(StoryStatus.values())
                .map(s -> java.util.Map.of("status", s.code(), "status_message", s.message(), "terminal", s.isTerminal()))
                .toList());
        schema.setExample(StoryStatus.GENERATING_PAGE_IMAGE.code(3));
        schema.setPattern("^(PENDING|GENERATING_OUTLINE|GENERATING_REFERENCE_IMAGES|GENERATING_PAGE_IMAGE_[1-9][0-9]?"
                + "|COMPLETE|FAILED)$");
        openApi.getComponents().addSchemas("StoryStatus", schema);
        openApi.getComponents().getSchemas().forEach((name, component) -> {
            if (!"StatusDefinition".equals(name)) {
                pointStatusAtEnum(component);
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static void pointStatusAtEnum(Schema component) {
        if (component.getProperties() == null || !(component.getProperties().get("status") instanceof Schema status)
                || !isString(status)) {
            return;
        }
        component.getProperties().put("status", new Schema<>().$ref("#/components/schemas/StoryStatus"));
    }

    @SuppressWarnings("rawtypes")
    private static boolean isString(Schema schema) {
        return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
    }
}
