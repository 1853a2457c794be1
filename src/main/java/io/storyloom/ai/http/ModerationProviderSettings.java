package io.storyloom.ai.http;

import io.storyloom.system.UrlSecrets;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The provider's moderation model, asked after Storyloom's own review: {@code storyloom.moderation.*},
 * or {@code STORYLOOM_MODERATION_*} in the environment. Off ({@code none}) by default and offline.
 *
 * @param provider {@code none} (default); {@code openai}: OpenAI's moderation endpoint
 *                 ({@code omni-moderation-latest}); {@code llama-guard}: Llama Guard through Together's chat
 *                 completions; {@code chat-judge}: the configured story writer ({@code storyloom.text.*})
 *                 asked for a JSON verdict
 * @param baseUrl  the API base; defaults per provider (the story writer's for {@code chat-judge})
 * @param apiKey   the key; when blank, the story writer's key is used if it is for the same provider; never logged
 * @param model    the model id; defaults to {@code omni-moderation-latest}, {@code meta-llama/Llama-Guard-4-12B}
 *                 or the story writer's model
 */
@ConfigurationProperties("storyloom.moderation")
@Validated
public record ModerationProviderSettings(
        @DefaultValue("none") @NotNull Provider provider,
        String baseUrl,
        String apiKey,
        String model) {

    public enum Provider { NONE, OPENAI, LLAMA_GUARD, CHAT_JUDGE }

    static final String PREFIX = "STORYLOOM_MODERATION_";

    /**
     * Where and how to call the moderation model, with defaults filled in.
     *
     * @throws MissingProviderSetting when a setting the provider cannot do without is missing
     */
    public ProviderEndpoint endpoint(TextProviderSettings text) {
        return switch (provider) {
            case OPENAI -> Endpoints.resolve("OpenAI", "moderation model", "openai", baseUrl,
                    "https://api.openai.com/v1", keyOr(text, TextProviderSettings.Provider.OPENAI), true, model,
                    "omni-moderation-latest", PREFIX);
            case LLAMA_GUARD -> Endpoints.resolve("Together", "moderation model", "llama-guard", baseUrl,
                    "https://api.together.xyz/v1", keyOr(text, TextProviderSettings.Provider.TOGETHER), true, model,
                    "meta-llama/Llama-Guard-4-12B", PREFIX);
            case CHAT_JUDGE -> {
                var writer = text.endpoint();
                yield Endpoints.resolve(writer.provider(), "moderation model", "chat-judge", baseUrl,
                        writer.baseUrl().toString(), isBlank(apiKey) ? writer.apiKey() : apiKey, false, model,
                        writer.model(), PREFIX);
            }
            case NONE -> throw new IllegalStateException("No moderation model is configured");
        };
    }

    private String keyOr(TextProviderSettings text, TextProviderSettings.Provider sameProvider) {
        return isBlank(apiKey) && text.provider() == sameProvider ? text.apiKey() : apiKey;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ModerationProviderSettings[provider=" + provider + ", baseUrl=" + UrlSecrets.hide(baseUrl)
                + ", model=" + model + ", apiKey=" + Endpoints.describeKey(apiKey) + "]";
    }
}
