package io.storyloom.media;

/**
 * The picture store could not keep or give back a picture: a full disk, a read-only or missing
 * directory, a bucket that refuses writes. Not the book's fault, and fixed on the store's side.
 */
public class MediaStoreException extends RuntimeException {

    MediaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
