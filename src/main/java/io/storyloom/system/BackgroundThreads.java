package io.storyloom.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Platform threads for CPU work nobody is waiting on at once (painting a book's pictures offline): each lowers its
 * own CPU priority to nice 10 as it starts, so when the cores are busy the threads answering requests (a parent's
 * status poll) run first, and the painting takes the time they leave. On Linux only (the thread's id comes from
 * {@code /proc/thread-self}, and {@code renice} sets it: any thread may lower its own priority, and a priority is
 * never raised). A thread inherits its creator's nice value, so a thread these threads start runs at theirs: the
 * JDK's Java2D disposer, which the first picture starts, does, and that suits its cleaning up after pictures.
 * {@code -Dstoryloom.background-nice=0} keeps them at the process's priority; 1–19 is used instead of 10.
 */
public final class BackgroundThreads {

    static final String NICE = "storyloom.background-nice";
    static final int DEFAULT_NICE = 10;

    private BackgroundThreads() {
    }

    /** Daemon platform threads named {@code name1, name2…} that lower their priority before their first task. */
    public static ThreadFactory factory(String name) {
        return factory(name, nice(System.getProperty(NICE)));
    }

    static ThreadFactory factory(String name, int nice) {
        ThreadFactory platform = Thread.ofPlatform().daemon().name(name, 1).factory();
        if (nice == 0) {
            return platform;
        }
        return work -> platform.newThread(() -> {
            lowerOwnPriority(nice);
            work.run();
        });
    }

    /** The nice value asked for: 10 unless the property gives a number (0–19; a larger one is 19). */
    static int nice(String property) {
        if (property == null || !property.strip().matches("\\d{1,2}")) {
            return DEFAULT_NICE;
        }
        return Math.min(Integer.parseInt(property.strip()), 19);
    }

    /** Best effort: without {@code /proc} or {@code renice} the thread keeps its priority and works the same. */
    static void lowerOwnPriority(int nice) {
        try {
            Path self = Path.of("/proc/thread-self");
            if (currentNice(self) >= nice) {
                return; // never raised: a process started at nice 15 keeps 15
            }
            String thread = Files.readSymbolicLink(self).getFileName().toString(); // "<pid>/task/<tid>"
            new ProcessBuilder(List.of("renice", "-n", Integer.toString(nice), "-p", thread))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException | RuntimeException e) {
            // not Linux, or no renice: the thread keeps the process's priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Field 19 of the thread's {@code stat}, counted from after its name, which may hold spaces. */
    private static int currentNice(Path thread) throws IOException {
        String stat = Files.readString(thread.resolve("stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
