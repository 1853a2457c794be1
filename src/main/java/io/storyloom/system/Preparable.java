package io.storyloom.system;

/**
 * A component whose one-time preparation (reading a word list, parsing a lexicon) need not hold up the start:
 * it prepares itself on first use, and {@link PrepareAfterStart} asks it to prepare on a background thread once
 * the app is ready, so usually neither the start nor the first request waits for it. Preparing twice, or from
 * two threads at once, must be harmless.
 */
public interface Preparable {

    void prepare();
}
