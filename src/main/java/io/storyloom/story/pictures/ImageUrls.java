package io.storyloom.story.pictures;

import io.storyloom.story.Page;
import io.storyloom.story.Story;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Picture URLs carry a version derived from the stored key, which changes whenever a picture is
 * redrawn, so browsers may cache a picture forever and still see a new one.
 */
public final class ImageUrls {

    private ImageUrls() {
    }

    public static String page(Page page) {
        return page(page.storyId(), page.number(), page.imageKey());
    }

    public static String page(UUID storyId, int number, String imageKey) {
        return "/stories/" + storyId + "/pages/" + number + "/image?v=" + version(imageKey);
    }

    public static String reference(Story story) {
        return "/stories/" + story.id() + "/reference-image?v=" + version(story.referenceImageKey());
    }

    public static String version(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
