package io.storyloom.ai.openai;

import io.storyloom.ai.http.ProviderJson;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Tells an answer from a server that ignored {@code json_schema} (it accepted the request, then answered
 * prose, or JSON of another shape) from one that followed it imperfectly. A server that honours the schema
 * constrains the answer to it, so an answer sharing none of the schema's top-level properties was not
 * constrained; a cut-off or slightly wrong one that names them is left to the repair round.
 */
final class SchemaIgnored {

    private SchemaIgnored() {
    }

    static boolean by(String content, Map<String, Object> schema) {
        if (!(schema.get("properties") instanceof Map<?, ?> properties) || properties.isEmpty()) {
            return false;
        }
        Set<String> names = properties.keySet().stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
        String text = content == null ? "" : content;
        int start = text.indexOf('{');
        if (start < 0) {
            return true; // prose, or nothing
        }
        int end = text.lastIndexOf('}');
        try {
            JsonNode root = ProviderJson.MAPPER.readTree(end > start ? text.substring(start, end + 1) : text.substring(start));
            return !root.isObject() || root.propertyNames().stream().noneMatch(names::contains);
        } catch (JacksonException e) {
            // Not JSON as a whole: ignored only if it does not even name one of the schema's properties.
            return names.stream().noneMatch(name -> text.contains("\"" + name + "\""));
        }
    }
}
