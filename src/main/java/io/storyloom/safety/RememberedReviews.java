package io.storyloom.safety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-process verdicts of the texts reviewed last, so a text reviewed again costs a lookup instead
 * of its sentence embeddings: a page's picture prompt is reviewed ahead while the reference picture is
 * drawn and again just before it is sent. Bounded; the least recently used verdict is forgotten first.
 * The verdict of a text never changes while the process runs (term lists and classifier are fixed).
 */
final class RememberedReviews {

    private final Map<String, List<ContentConcern>> verdicts;

    RememberedReviews(int capacity) {
        this.verdicts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<ContentConcern>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<List<ContentConcern>> find(String text) {
        return Optional.ofNullable(verdicts.get(text));
    }

    synchronized void remember(String text, List<ContentConcern> concerns) {
        verdicts.put(text, List.copyOf(concerns));
    }
}
