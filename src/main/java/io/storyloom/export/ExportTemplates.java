package io.storyloom.export;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/**
 * The export's templates and static files under {@code resources/export/}. Templates escape every
 * value for HTML and XML: story text comes from people and language models and is never markup.
 */
final class ExportTemplates {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            .strictSections(false)
            .defaultValue("");

    private ExportTemplates() {
    }

    static Template template(String path) {
        return COMPILER.compile(text(path));
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource("export/" + path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Export resource missing: export/" + path, e);
        }
    }
}
