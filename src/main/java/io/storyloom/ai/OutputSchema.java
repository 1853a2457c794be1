package io.storyloom.ai;

import java.util.Map;

/**
 * The JSON Schema an answer must follow.
 *
 * @param name   a short identifier ({@code a-z0-9_-}, at most 64 characters), as OpenAI requires
 * @param schema the JSON Schema document as a tree of maps and lists
 */
public record OutputSchema(String name, Map<String, Object> schema) {
}
