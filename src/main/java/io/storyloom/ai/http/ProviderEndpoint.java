package io.storyloom.ai.http;

import io.storyloom.system.UrlSecrets;
import java.net.URI;
import java.util.Objects;

/**
 * One configured provider: where it is, how to sign in and which model to use, plus the words used
 * to tell a parent or administrator about it.
 *
 * @param provider       the provider's name as people know it, e.g. "Together"
 * @param capability     what it does for Storyloom, e.g. "story writer" or "illustrator"
 * @param baseUrl        the API's base, e.g. {@code https://api.together.xyz/v1}
 * @param apiKey         the secret key, or blank for a local server that needs none; never logged
 * @param model          the model id sent with every call
 * @param settingsPrefix the environment variable prefix of its settings, e.g. {@code STORYLOOM_TEXT_}
 * @param id             the provider as its setting names it, e.g. {@code together} or {@code openai-compatible}:
 *                       the {@code provider} label of every metric, so calls and retries line up
 */
public record ProviderEndpoint(
        String provider,
        String capability,
        URI baseUrl,
        String apiKey,
        String model,
        String settingsPrefix,
        String id) {

    public ProviderEndpoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settingsPrefix, "settingsPrefix");
        apiKey = apiKey == null ? "" : apiKey.strip();
        id = id == null || id.isBlank() ? provider.toLowerCase(java.util.Locale.ROOT) : id;
    }

    /** An endpoint whose setting name is its display name in lower case. */
    public ProviderEndpoint(String provider, String capability, URI baseUrl, String apiKey, String model,
            String settingsPrefix) {
        this(provider, capability, baseUrl, apiKey, model, settingsPrefix, null);
    }

    public boolean hasKey() {
        return !apiKey.isEmpty();
    }

    /**
     * The URL of an API path below the base, e.g. {@code /chat/completions}; a query the base carries (a
     * gateway's {@code ?api-version=} or {@code ?key=}) stays at the end.
     */
    public URI resolve(String path) {
        String base = baseUrl.toString();
        int queryAt = base.indexOf('?');
        String query = queryAt < 0 ? "" : base.substring(queryAt);
        base = queryAt < 0 ? base : base.substring(0, queryAt);
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path + query);
    }

    /** The base URL without a password or key it may carry, for logs and messages. */
    public String safeBaseUrl() {
        return UrlSecrets.hide(baseUrl);
    }

    /** Never shows the key, so an endpoint can be logged or end up in an exception message safely. */
    @Override
    public String toString() {
        return "ProviderEndpoint[provider=" + provider + ", capability=" + capability + ", baseUrl=" + safeBaseUrl()
                + ", model=" + model + ", apiKey=" + (hasKey() ? "(set)" : "(none)") + "]";
    }
}
