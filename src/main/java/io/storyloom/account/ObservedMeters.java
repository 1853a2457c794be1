package io.storyloom.account;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP observation's meters for GET answers of one route and status, found in the registry once an
 * observed request has made them: a shortcut's answer is counted in the very timer (tags, common tags and
 * histogram settings included) that the same answer from the controller is counted in, for a fraction of
 * an observation's work. Until such an answer has been observed there is nothing to count in, and the
 * caller lets the request be observed in full.
 */
final class ObservedMeters {

    /** The route tag of an answer that matched no route, as the observation's convention writes it. */
    static final String NO_ROUTE = "UNKNOWN";
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final MeterRegistry registry;
    private final String name;
    private final Map<Key, Meters> found = new ConcurrentHashMap<>();
    /** When each kind was last looked for in vain: the registry is searched again at most once a second. */
    private final Map<Key, Long> missed = new ConcurrentHashMap<>();

    ObservedMeters(MeterRegistry registry, String name) {
        this.registry = registry;
        this.name = name;
    }

    /** The meters of a GET answered with this status under this route, or null while none was observed. */
    Meters of(String route, int status) {
        var key = new Key(route, status);
        Meters meters = found.get(key);
        if (meters == null) {
            // A process whose HTTP metrics are switched off never has them: not a search of every meter each poll.
            long now = now();
            Long miss = missed.get(key);
            if (miss != null && now - miss < RETRY_NANOS) {
                return null;
            }
            var timers = registry.find(name)
                    .tags("method", "GET", "uri", route, "status", Integer.toString(status), "exception", "none")
                    .timers();
            if (timers.size() != 1) {
                missed.put(key, now);
                return null;
            }
            // The in-flight gauge has one series for all GETs (the route is not known when a request starts).
            var active = registry.find(name + ".active").tags("method", "GET", "uri", NO_ROUTE).longTaskTimers();
            meters = new Meters(timers.iterator().next(), active.size() == 1 ? active.iterator().next() : null);
            found.put(key, meters);
        }
        return meters;
    }

    /** Now, on the registry's clock: an answer is timed from its arrival in the shortcut. */
    long now() {
        return registry.config().clock().monotonicTime();
    }

    private record Key(String route, int status) {
    }

    /** The timer of one route and status, and the in-flight gauge if long-task timers are on. */
    record Meters(Timer timer, LongTaskTimer active) {
    }
}
