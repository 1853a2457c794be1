package io.storyloom.ai.http;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.media.MediaTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns an images answer into picture bytes: decodes the inline base64, or downloads the URL when it
 * points at a host we trust, and checks that what came is really a picture before anyone saves it.
 */
public final class ImageAnswers {

    private ImageAnswers() {
    }

    /**
     * @param hosts   the hosts a picture URL may point at (the provider's own)
     * @param schemes whether a URL's scheme is acceptable
     */
    public static GeneratedImage read(ImagesAnswer answer, ProviderClient client, String model, Set<String> hosts,
            Predicate<URI> schemes) {
        if (answer.data().isEmpty()) {
            throw client.badAnswer(who(client) + " answered without a picture. Trying again usually helps.");
        }
        ImagesAnswer.Item item = answer.data().getFirst();
        byte[] bytes;
        if (item.b64Json() != null && !item.b64Json().isBlank()) {
            bytes = decode(item.b64Json(), client);
        } else if (item.url() != null && !item.url().isBlank()) {
            bytes = client.download(trusted(item.url(), client, hosts, schemes), "download picture");
        } else {
            throw client.badAnswer(who(client) + " answered without a picture. Trying again usually helps.");
        }
        String type = MediaTypes.imageTypeOf(bytes).orElseThrow(() -> client.badAnswer(
                who(client) + " sent something that is not a picture. Trying again usually helps."));
        return new GeneratedImage(bytes, type, answer.model() == null || answer.model().isBlank() ? model : answer.model());
    }

    private static byte[] decode(String base64, ProviderClient client) {
        String data = base64.strip();
        int comma = data.indexOf(',');
        if (data.startsWith("data:") && comma > 0) {
            data = data.substring(comma + 1); // a data URL rather than bare base64
        }
        try {
            return Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw client.badAnswer(who(client) + " sent a picture we could not decode. Trying again usually helps.");
        }
    }

    /** Only the provider's own hosts: a URL elsewhere in an answer is not fetched, whatever it says. */
    private static URI trusted(String url, ProviderClient client, Set<String> hosts,
            Predicate<URI> schemes) {
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (hosts.contains(host) && schemes.test(uri)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // falls through to the refusal below
        }
        throw client.badAnswer(who(client) + " pointed at a picture on a server we do not download from. "
                + "An administrator can allow its host in " + client.endpoint().settingsPrefix() + "DOWNLOAD_HOSTS.");
    }

    private static String who(ProviderClient client) {
        return "The " + client.endpoint().capability() + " (" + client.endpoint().provider() + ")";
    }
}
