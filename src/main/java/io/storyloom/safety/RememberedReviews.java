package io.storyloom.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The verdicts of the texts (or sentences) reviewed last, so one reviewed again costs a lookup instead of
 * its sentence embeddings: a page's picture prompt is reviewed ahead while the reference picture is drawn
 * and again just before it is sent, and the offline writer's books share many of their sentences. Bounded;
 * the least recently used verdict is forgotten first. A verdict never changes while the process runs (term
 * lists and classifier are fixed).
 *
 * @param <V> the verdict, immutable
 */
final class RememberedReviews<V> {

    private final Map<String, V> verdicts;

    RememberedReviews(int capacity) {
        this.verdicts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> find(String text) {
        return Optional.ofNullable(verdicts.get(text));
    }

    synchronized void remember(String text, V verdict) {
        verdicts.put(text, verdict);
    }

    /**
     * The remembered verdict, or the {@code judge}'s, then remembered. Judged outside the lock: an embedding
     * takes milliseconds, and other reviews go on meanwhile (two judging one text at once both remember the
     * same verdict).
     */
    V verdict(String text, Function<String, V> judge) {
        Optional<V> known = find(text);
        if (known.isPresent()) {
            return known.get();
        }
        V judged = judge.apply(text);
        remember(text, judged);
        return judged;
    }
}
