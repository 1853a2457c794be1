package io.storyloom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Temporary folders and files of the tests (media folders, H2 files, books to check), under one folder per
 * test JVM named by its process id. The apps the tests start write there until the JVM exits, so nothing
 * can delete it at the end; instead each run deletes the folders of runs whose process has ended, and
 * {@code /tmp} no longer gains a few dozen folders and about 80 MB a run.
 */
public final class TestFiles {

    static final String PREFIX = "storyloom-tests-";
    private static final Path ROOT = root(Path.of(System.getProperty("java.io.tmpdir")));

    private TestFiles() {
    }

    /** A new, empty folder of this run. */
    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(ROOT, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty file of this run. */
    public static Path newFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(ROOT, prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's folder under {@code tmp}, after deleting those of test JVMs that have ended. */
    static Path root(Path tmp) {
        try (Stream<Path> folders = Files.list(tmp)) {
            folders.filter(folder -> owner(folder).isPresent()).filter(folder -> !running(owner(folder).getAsLong()))
                    .forEach(TestFiles::delete);
            return Files.createDirectories(tmp.resolve(PREFIX + ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process id in a test JVM's folder name, if it is one. */
    static OptionalLong owner(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(name.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Our own process counts as running: a folder left under our id by an ended JVM is simply reused. */
    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // another run deleting it at the same time, or a file still in use: the next run tries again
        }
    }
}
