package io.storyloom.media;

import java.util.Optional;

/** Where image bytes live. Keys are paths such as {@code stories/<id>/page-3-<hash>.png}. */
public interface MediaStore {

    void put(String key, byte[] bytes, String mediaType);

    Optional<StoredMedia> get(String key);

    /** Deletes every object whose key starts with the prefix. */
    void deleteAll(String prefix);
}
