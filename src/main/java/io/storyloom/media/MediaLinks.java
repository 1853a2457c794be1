package io.storyloom.media;

import java.net.URI;
import java.util.Optional;

/**
 * Short-lived links to stored media that someone outside can fetch without signing in — a provider fetching
 * the character reference picture, for one. A presigned S3 URL, or a signed, expiring link to this app at
 * its public address; none when neither is configured.
 */
public interface MediaLinks {

    /** A link to the object under this key that stops working after a short while, if one can be made. */
    Optional<URI> link(String key);
}
