package io.storyloom.ai.http;

import io.storyloom.media.MediaLinks;
import io.storyloom.media.MediaTypes;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;

/**
 * How a reference picture reaches a provider that fetches it by URL (FLUX.1 Kontext's {@code image_url}):
 * a short-lived link to the stored picture when one can be made (a presigned S3 URL, or a signed link to this
 * app's public address), else a data URL when {@code storyloom.image.reference-data-url} allows it, else not
 * at all.
 */
public final class ReferencePictures {

    private final MediaLinks links;
    private final boolean dataUrl;

    public ReferencePictures(MediaLinks links, boolean dataUrl) {
        this.links = links;
        this.dataUrl = dataUrl;
    }

    /** The URL to send for this picture, or {@code null} to send none. */
    public String urlOf(String key, byte[] bytes) {
        Optional<URI> link = key == null ? Optional.empty() : links.link(key);
        if (link.isPresent()) {
            return link.get().toString();
        }
        if (dataUrl && bytes != null) {
            String type = MediaTypes.imageTypeOf(bytes).orElse(MediaTypes.PNG);
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
        return null;
    }

    /** How pictures will be sent, for the start-up log. */
    public String describe() {
        if (links.link("stories/00000000-0000-0000-0000-000000000000/reference-0.png").isPresent()) {
            return "as short-lived links";
        }
        return dataUrl ? "inline as data URLs" : "not at all (no public base URL, S3 store or data URLs allowed)";
    }
}
