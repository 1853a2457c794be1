package io.storyloom.generation;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ProviderException;
import io.storyloom.media.MediaStore;
import io.storyloom.media.MediaTypes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stores drawn pictures after checking they are real images. A key names its content's hash, so a
 * redrawn picture gets a new key and an unchanged one keeps its key.
 */
@Component
class Pictures {

    private final MediaStore media;

    Pictures(MediaStore media) {
        this.media = media;
    }

    String store(UUID storyId, String name, GeneratedImage image) {
        String type = MediaTypes.imageTypeOf(image.bytes()).orElseThrow(() -> new ProviderException(
                ProviderException.Reason.BAD_ANSWER, image.model(),
                "The picture service sent something that is not a picture. Trying again usually helps."));
        String key = prefix(storyId) + name + "-" + hash(image.bytes()) + "." + MediaTypes.extension(type);
        media.put(key, image.bytes(), type);
        return key;
    }

    byte[] load(String key) {
        return media.get(key).orElseThrow(() -> new IllegalStateException("Picture missing from the media store: " + key))
                .bytes();
    }

    void deleteAll(UUID storyId) {
        media.deleteAll(prefix(storyId));
    }

    private static String prefix(UUID storyId) {
        return "stories/" + storyId + "/";
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
