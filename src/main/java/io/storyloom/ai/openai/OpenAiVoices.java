package io.storyloom.ai.openai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/** The voices OpenAI's speech endpoint offers, from {@code resources/ai/openai-voices.txt}. */
final class OpenAiVoices {

    static final Set<String> ALL = load();

    private OpenAiVoices() {
    }

    private static Set<String> load() {
        try (InputStream in = new ClassPathResource("ai/openai-voices.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of OpenAI voices is missing", e);
        }
    }
}
