package io.storyloom.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictSchemaTest {

    @Test
    void optionalReferencesBecomeNullableAndDefinitionsAreMadeStrictToo() {
        Map<String, Object> schema = Map.of(
                "type", "object",
                "properties", Map.of("colors", Map.of("$ref", "#/$defs/Colors"),
                        "mood", Map.of("type", "string", "enum", List.of("calm", "happy"))),
                "$defs", Map.of("Colors", Map.of("type", "object",
                        "properties", Map.of("hair", Map.of("type", "string", "pattern", "^#[0-9a-f]{6}$", "minLength", 7)),
                        "required", List.of("hair"))));

        var strict = StrictSchema.of(schema);

        assertThat(strict.get("required")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("colors", "mood");
        assertThat(strict.get("additionalProperties")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        var properties = (Map<String, Object>) strict.get("properties");
        assertThat(properties.get("colors")).isEqualTo(Map.of("anyOf", List.of(Map.of("$ref", "#/$defs/Colors"),
                Map.of("type", "null"))));
        assertThat(properties.get("mood")).isEqualTo(Map.of("type", List.of("string", "null"),
                "enum", java.util.Arrays.asList("calm", "happy", null)));
        @SuppressWarnings("unchecked")
        var colors = (Map<String, Object>) ((Map<String, Object>) strict.get("$defs")).get("Colors");
        assertThat(colors.get("additionalProperties")).isEqualTo(false);
        assertThat(colors.get("properties")).isEqualTo(Map.of("hair", Map.of("type", "string", "pattern", "^#[0-9a-f]{6}$")));
    }

    @Test
    void aPropertyNamedLikeAKeywordIsKept() {
        var strict = StrictSchema.of(Map.of("type", "object",
                "properties", Map.of("maxLength", Map.of("type", "integer")), "required", List.of("maxLength")));

        assertThat(strict.get("properties")).isEqualTo(Map.of("maxLength", Map.of("type", "integer")));
    }
}
