package io.storyloom.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests keep the books they made, for a person to open: {@code target/export-samples/}. */
final class Samples {

    static final Path FOLDER = Path.of("target", "export-samples");

    private Samples() {
    }

    static Path save(String name, byte[] bytes) {
        try {
            Files.createDirectories(FOLDER);
            return Files.write(FOLDER.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
