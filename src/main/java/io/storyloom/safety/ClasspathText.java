package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a UTF-8 text resource of the review (a head's weights) with its parser; empty when there is none. */
final class ClasspathText {

    @FunctionalInterface
    interface Parser<T> {
        T parse(BufferedReader reader) throws IOException;
    }

    private ClasspathText() {
    }

    static <T> Optional<T> read(String path, Parser<T> parser) {
        try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Safety resource unreadable: " + path, e);
        }
    }
}
