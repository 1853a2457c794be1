package io.storyloom.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps media as files under one directory; the default, needing no set-up. A picture is written to a
 * temporary file beside its place and moved there in one step, so a reader never sees half a file; the
 * temporary file goes again when the write fails (a full disk), and one a crash left behind goes with
 * the next write to its directory.
 */
class FileMediaStore implements MediaStore {

    static final String TEMP_PREFIX = ".upload-";
    static final String TEMP_SUFFIX = ".tmp";
    /** Far longer than any write takes, so a write under way in another thread or process is never swept. */
    private static final Duration STALE_TEMP = Duration.ofMinutes(15);

    private final Path root;
    private final ContentWriter writer;

    FileMediaStore(Path root) {
        this(root, Files::write);
    }

    /** With another way of writing a file's bytes, for tests that need a disk to fill up. */
    FileMediaStore(Path root, ContentWriter writer) {
        this.root = root.toAbsolutePath().normalize();
        this.writer = writer;
    }

    @Override
    public void put(String key, byte[] bytes, String mediaType) {
        Path target = resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
            writer.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            sweepStaleTemps(target.getParent());
        } catch (IOException e) {
            throw new MediaStoreException("Could not store " + key + " in " + root + ": " + e, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    @Override
    public Optional<StoredMedia> get(String key) {
        try {
            return Optional.of(new StoredMedia(Files.readAllBytes(resolve(key)), MediaTypes.fromKey(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new MediaStoreException("Could not read " + key + " from " + root + ": " + e, e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        Path dir = resolve(prefix);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new MediaStoreException("Could not delete " + path + ": " + e, e);
                }
            });
        } catch (IOException e) {
            throw new MediaStoreException("Could not delete " + prefix + " in " + root + ": " + e, e);
        }
    }

    /** Temporary files a crash left in a directory; a failed sweep is no reason to fail the write. */
    private static void sweepStaleTemps(Path dir) {
        Instant staleBefore = Instant.now().minus(STALE_TEMP);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toInstant().isBefore(staleBefore)) {
                    deleteQuietly(temp);
                }
            }
        } catch (IOException e) {
            // the next write tries again
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing more to do: the store is failing already, and a stale temp is swept later
        }
    }

    /** Keys come from our own code, but a key must never reach outside the root all the same. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Media key outside the store: " + key);
        }
        return path;
    }

    /** Writes a file's bytes; {@link Files#write} but for tests. */
    @FunctionalInterface
    interface ContentWriter {
        void write(Path file, byte[] bytes) throws IOException;
    }
}
