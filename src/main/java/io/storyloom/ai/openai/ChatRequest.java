package io.storyloom.ai.openai;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /chat/completions}, sent snake_case with absent fields left out. Together
 * and local servers take {@code max_tokens}; OpenAI wants {@code max_completion_tokens}.
 */
record ChatRequest(
        String model,
        List<Message> messages,
        Integer maxTokens,
        Integer maxCompletionTokens,
        Double temperature,
        Long seed,
        ResponseFormat responseFormat) {

    record Message(String role, String content) {
    }

    /** {@code {"type":"json_schema","json_schema":{…}}} or {@code {"type":"json_object"}}. */
    record ResponseFormat(String type, JsonSchema jsonSchema) {

        static ResponseFormat jsonSchema(String name, Map<String, Object> schema) {
            return new ResponseFormat("json_schema", new JsonSchema(name, schema, true));
        }

        static ResponseFormat jsonObject() {
            return new ResponseFormat("json_object", null);
        }
    }

    record JsonSchema(String name, Map<String, Object> schema, boolean strict) {
    }
}
