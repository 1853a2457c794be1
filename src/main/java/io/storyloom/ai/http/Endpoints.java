package io.storyloom.ai.http;

import io.storyloom.system.UrlSecrets;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Fills in a provider's defaults and refuses to go on without what it cannot do without. */
final class Endpoints {

    private Endpoints() {
    }

    static ProviderEndpoint resolve(String provider, String capability, String providerSetting, String baseUrl,
            String defaultBaseUrl, String apiKey, boolean keyRequired, String model, String defaultModel,
            String prefix) {
        // STORYLOOM_TEXT_ -> text, STORYLOOM_MODERATION_ -> moderation
        String kind = prefix.substring("STORYLOOM_".length(), prefix.length() - 1).toLowerCase(Locale.ROOT);
        String chosen = "storyloom." + kind + ".provider is " + providerSetting;
        String url = isBlank(baseUrl) ? defaultBaseUrl : baseUrl.strip();
        if (url == null) {
            throw new MissingProviderSetting(chosen + ", which needs the server's base URL (e.g. "
                    + "http://localhost:11434/v1 for Ollama). Set " + prefix + "BASE_URL.", prefix + "BASE_URL");
        }
        if (keyRequired && isBlank(apiKey)) {
            throw new MissingProviderSetting(chosen + ", which needs an API key, and none is set. Set "
                    + prefix + "API_KEY.", prefix + "API_KEY");
        }
        String modelId = isBlank(model) ? defaultModel : model.strip();
        if (modelId == null) {
            throw new MissingProviderSetting(chosen + ", which needs a model id (e.g. llama3.1:8b). Set "
                    + prefix + "MODEL.", prefix + "MODEL");
        }
        return new ProviderEndpoint(provider, capability, parse(url, prefix), apiKey, modelId, prefix);
    }

    static String describeKey(String apiKey) {
        return isBlank(apiKey) ? "(none)" : "(set)";
    }

    private static URI parse(String url, String prefix) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MissingProviderSetting("The base URL \"" + UrlSecrets.hide(url) + "\" is not a valid http(s) URL. Set "
                    + prefix + "BASE_URL to one, e.g. https://api.together.xyz/v1.", prefix + "BASE_URL");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
