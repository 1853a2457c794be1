package io.storyloom.ai.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a JSON Schema acceptable to OpenAI's strict structured outputs (Together takes the same):
 * every property listed in {@code required}, optional ones made nullable instead, no additional
 * properties, and no keywords strict mode refuses (string lengths become a description). The answer
 * is still validated in full against the records afterwards, so nothing is lost by the translation.
 */
final class StrictSchema {

    private static final Set<String> UNSUPPORTED = Set.of("minLength", "maxLength", "minProperties", "maxProperties",
            "uniqueItems", "contains", "minContains", "maxContains", "patternProperties", "unevaluatedProperties",
            "unevaluatedItems", "propertyNames", "$schema");
    private static final Set<String> SCHEMA_MAPS = Set.of("$defs", "definitions");
    private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "oneOf", "allOf", "prefixItems");

    private StrictSchema() {
    }

    static Map<String, Object> of(Map<String, Object> schema) {
        return schema(schema);
    }

    private static Map<String, Object> schema(Map<?, ?> node) {
        var out = new LinkedHashMap<String, Object>();
        node.forEach((key, value) -> {
            String name = key.toString();
            if (UNSUPPORTED.contains(name)) {
                return;
            }
            if (name.equals("properties") && value instanceof Map<?, ?> properties) {
                out.put(name, properties(properties, requiredOf(node)));
            } else if (SCHEMA_MAPS.contains(name) && value instanceof Map<?, ?> definitions) {
                var copy = new LinkedHashMap<String, Object>();
                definitions.forEach((k, v) -> copy.put(k.toString(), v instanceof Map<?, ?> m ? schema(m) : v));
                out.put(name, copy);
            } else if (name.equals("items") && value instanceof Map<?, ?> items) {
                out.put(name, schema(items));
            } else if (SCHEMA_LISTS.contains(name) && value instanceof List<?> list) {
                out.put(name, list.stream().map(v -> v instanceof Map<?, ?> m ? (Object) schema(m) : v).toList());
            } else {
                out.put(name, value);
            }
        });
        lengthAsDescription(node, out);
        if (out.get("properties") instanceof Map<?, ?> properties) {
            out.put("required", properties.keySet().stream().map(Object::toString).toList());
            out.put("additionalProperties", false);
        }
        return out;
    }

    private static Map<String, Object> properties(Map<?, ?> properties, Set<String> required) {
        var out = new LinkedHashMap<String, Object>();
        properties.forEach((name, value) -> {
            Object schema = value instanceof Map<?, ?> m ? schema(m) : value;
            out.put(name.toString(), required.contains(name.toString()) ? schema : nullable(schema));
        });
        return out;
    }

    /** An optional property, which strict mode wants listed as required, may be null instead. */
    @SuppressWarnings("unchecked")
    private static Object nullable(Object schema) {
        if (!(schema instanceof Map<?, ?> map)) {
            return schema;
        }
        var out = new LinkedHashMap<>((Map<String, Object>) map);
        Object type = out.get("type");
        if (type instanceof String single) {
            out.put("type", single.equals("null") ? single : List.of(single, "null"));
        } else if (type instanceof List<?> several) {
            var types = new ArrayList<Object>(several);
            if (types.stream().noneMatch("null"::equals)) {
                types.add("null");
            }
            out.put("type", types);
        } else {
            return Map.of("anyOf", List.of(out, Map.of("type", "null")));
        }
        if (out.get("enum") instanceof List<?> values && values.stream().noneMatch(java.util.Objects::isNull)) {
            var withNull = new ArrayList<Object>(values); // immutable lists refuse even to look for null
            withNull.add(null);
            out.put("enum", withNull);
        }
        return out;
    }

    private static void lengthAsDescription(Map<?, ?> node, Map<String, Object> out) {
        if (node.get("maxLength") instanceof Number max) {
            String hint = "at most " + max + " characters";
            Object description = out.get("description");
            out.put("description", description == null ? hint : description + " (" + hint + ")");
        }
    }

    private static Set<String> requiredOf(Map<?, ?> node) {
        return node.get("required") instanceof List<?> required
                ? Set.copyOf(required.stream().map(Object::toString).toList())
                : Set.of();
    }
}
