package io.storyloom.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Keeps media in an S3-compatible bucket, so every process of a scaled-out Storyloom sees every picture.
 * The store's own failures (a missing bucket, refused writes, a full store, no answer) are
 * {@link MediaStoreException}s. An object is written whole or not at all, so nothing partial is left.
 */
class S3MediaStore implements MediaStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;

    S3MediaStore(S3Client s3, S3Presigner presigner, String bucket, String prefix) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/*$", "/");
    }

    @Override
    public void put(String key, byte[] bytes, String mediaType) {
        try {
            s3.putObject(put -> put.bucket(bucket).key(prefix + key).contentType(mediaType), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw failed("store " + key, e);
        }
    }

    @Override
    public Optional<StoredMedia> get(String key) {
        try {
            var object = s3.getObjectAsBytes(get -> get.bucket(bucket).key(prefix + key));
            String type = object.response().contentType();
            return Optional.of(new StoredMedia(object.asByteArray(), type == null ? MediaTypes.fromKey(key) : type));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failed("read " + key, e);
        }
    }

    @Override
    public void deleteAll(String keyPrefix) {
        // Listed in pages of up to 1000 keys, which is also the most one DeleteObjects call takes.
        try {
            for (var page : s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix + keyPrefix))) {
                List<ObjectIdentifier> keys = page.contents().stream().map(S3Object::key)
                        .map(key -> ObjectIdentifier.builder().key(key).build()).toList();
                if (!keys.isEmpty()) {
                    s3.deleteObjects(delete -> delete.bucket(bucket)
                            .delete(Delete.builder().objects(keys).quiet(true).build()));
                }
            }
        } catch (SdkException e) {
            throw failed("delete " + keyPrefix, e);
        }
    }

    /** A URL anyone may GET the object from until it expires; made locally, without a call to the store. */
    URI presignedGet(String key, Duration ttl) {
        try {
            return presigner.presignGetObject(presign -> presign.signatureDuration(ttl)
                    .getObjectRequest(get -> get.bucket(bucket).key(prefix + key))).url().toURI();
        } catch (URISyntaxException | SdkException e) {
            throw new MediaStoreException("Could not sign a link to " + key + ": " + e.getMessage(), e);
        }
    }

    private MediaStoreException failed(String what, SdkException e) {
        return new MediaStoreException("Could not " + what + " in bucket " + bucket + ": " + e.getMessage(), e);
    }
}
