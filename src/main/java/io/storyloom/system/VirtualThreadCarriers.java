package io.storyloom.system;

/**
 * How many platform threads carry the virtual threads: four per core on two cores or more, unless
 * {@code -Djdk.virtualThreadScheduler.parallelism} says otherwise. With one carrier per core (the JDK's
 * default), a book's steps on virtual threads (its database writes, JSON, stored pictures) held the carriers
 * for milliseconds at a time, and the status polls that arrived meanwhile waited behind them: a virtual
 * thread is never pre-empted. With four per core the operating system shares the cores between the carriers,
 * so a poll waits for a time slice, not for a book's step to end (bench/run load: p99 25–117 ms in five runs
 * against 0.11–0.82 s in six). A single core keeps the JDK's one carrier: there the extra carriers only
 * took turns, and a process answering polls alone answered about 30 % fewer (bench/run polling, pinned).
 */
public final class VirtualThreadCarriers {

    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

    private VirtualThreadCarriers() {
    }

    /** Sets the carriers' number; must run before the process's first virtual thread (the JDK reads it once). */
    public static void configure() {
        if (System.getProperty(PARALLELISM) == null) {
            System.setProperty(PARALLELISM, Integer.toString(forCores(Runtime.getRuntime().availableProcessors())));
        }
    }

    static int forCores(int cores) {
        return cores >= 2 ? 4 * cores : 1;
    }
}
