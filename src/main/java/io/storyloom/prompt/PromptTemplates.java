package io.storyloom.prompt;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The prompt templates under {@code resources/prompts/}, compiled once and rendered with facts. */
@Component
class PromptTemplates {

    // Prompts are plain text: no HTML escaping, and empty or missing facts drop their sections.
    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(false)
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .defaultValue("");
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    String render(String name, Map<String, ?> facts) {
        return compiled.computeIfAbsent(name, this::compile).execute(facts).strip();
    }

    private Template compile(String name) {
        var resource = new ClassPathResource("prompts/" + name + ".mustache");
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Prompt template missing: " + resource.getPath(), e);
        }
    }
}
