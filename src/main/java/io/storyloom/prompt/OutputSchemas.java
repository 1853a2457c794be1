package io.storyloom.prompt;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.storyloom.ai.OutputSchema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Schemas derived from the answer records, so the schema a model is asked to follow and the
 * validation its answer passes can never drift apart.
 */
@Component
class OutputSchemas {

    private final SchemaGenerator generator;
    private final JsonMapper json;
    private final Map<Class<?>, OutputSchema> cache = new ConcurrentHashMap<>();

    OutputSchemas(JsonMapper json) {
        this.json = json;
        var config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JakartaValidationModule(
                        JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // The wire format is snake_case, as the answers are parsed by the same snake_case mapper.
        config.forFields().withPropertyNameOverrideResolver(field -> snakeCase(field.getName()));
        this.generator = new SchemaGenerator(config.build());
    }

    OutputSchema of(Class<?> type) {
        return cache.computeIfAbsent(type, t -> new OutputSchema(
                snakeCase(t.getSimpleName()),
                json.convertValue(generator.generateSchema(t), new TypeReference<Map<String, Object>>() { })));
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
