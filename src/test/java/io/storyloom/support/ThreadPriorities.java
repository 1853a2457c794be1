package io.storyloom.support;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Threads' nice values as Linux reports them ({@code /proc/.../stat}, field 19), for tests of thread priorities. */
public final class ThreadPriorities {

    private ThreadPriorities() {
    }

    /** Skips the test where threads' priorities cannot be lowered as the app does it (no /proc, no renice). */
    public static void assumeLinuxWithRenice() {
        assumeThat(Path.of("/proc/thread-self/stat")).as("Linux's /proc").exists();
        assumeThat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "renice")))).as("renice on the PATH").isTrue();
    }

    /** The calling (platform) thread's nice value. */
    public static int currentThreadNice() {
        return nice(Path.of("/proc/thread-self"));
    }

    /** The nice values of this process's threads whose name (as Linux keeps it, 15 characters) starts so. */
    public static List<Integer> threadNices(String namePrefix) throws IOException {
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            return threads.filter(thread -> name(thread).startsWith(namePrefix)).map(ThreadPriorities::nice).toList();
        }
    }

    private static String name(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // ended meanwhile
        }
    }

    private static int nice(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            // after "pid (comm) ": state is field 3, nice field 19
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
