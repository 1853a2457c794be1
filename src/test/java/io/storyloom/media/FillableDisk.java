package io.storyloom.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The media directory on a disk that can be made to run full: while full, a write gets half its bytes
 * onto the disk and then fails as the operating system would ("No space left on device").
 */
public final class FillableDisk implements FileMediaStore.ContentWriter {

    private final Path root;
    private volatile boolean full;

    FillableDisk(Path root) {
        this.root = root;
    }

    public void fill() {
        full = true;
    }

    public void free() {
        full = false;
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        if (!full) {
            Files.write(file, bytes);
            return;
        }
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        throw new IOException(file + ": No space left on device");
    }

    /** Every temporary upload file anywhere under the media directory. */
    public Stream<Path> temporaryFiles() throws IOException {
        if (!Files.exists(root)) {
            return Stream.empty();
        }
        return Files.walk(root).filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().startsWith(FileMediaStore.TEMP_PREFIX)
                        || p.getFileName().toString().endsWith(FileMediaStore.TEMP_SUFFIX))
                .toList().stream();
    }
}
