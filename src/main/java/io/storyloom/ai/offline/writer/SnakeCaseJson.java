package io.storyloom.ai.offline.writer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one snake_case mapper of the offline writer: it writes the answers (the wire format Storyloom
 * parses) and reads the resource files, so both sides use the same names.
 */
final class SnakeCaseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private SnakeCaseJson() {
    }

    static String write(Object answer) {
        return MAPPER.writeValueAsString(answer);
    }

    /** Reads a resource under {@code /offline/}; a missing or broken one is a packaging bug, so it fails loudly. */
    static <T> T resource(String name, Class<T> type) {
        String path = "/offline/" + name;
        try (InputStream in = SnakeCaseJson.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing offline resource " + path);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read offline resource " + path, e);
        }
    }
}
