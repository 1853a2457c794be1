package io.storyloom.media;

/** Bytes read back from the {@link MediaStore}. */
public record StoredMedia(byte[] bytes, String mediaType) {
}
