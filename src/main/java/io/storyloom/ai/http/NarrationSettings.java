package io.storyloom.ai.http;

import io.storyloom.system.UrlSecrets;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The narrator: {@code storyloom.narration.*}, or {@code STORYLOOM_NARRATION_*} in the environment.
 * Off by default: the reader then reads aloud with the browser's own speech.
 *
 * @param provider       {@code off} (default), {@code elevenlabs} or {@code openai}
 * @param baseUrl        the API base; defaults per provider
 * @param apiKey         the key; required when narration is on; never logged
 * @param model          the model id; defaults per provider ({@code eleven_multilingual_v2}, {@code gpt-4o-mini-tts})
 * @param voice          the default voice: an ElevenLabs voice id, or an OpenAI voice name
 * @param speed          the default speed, 1.0 for normal; a book may ask for its own
 * @param maxConcurrency at most this many pages narrated at the same time, across all books
 */
@ConfigurationProperties("storyloom.narration")
@Validated
public record NarrationSettings(
        @DefaultValue("off") @NotNull Provider provider,
        String baseUrl,
        String apiKey,
        String model,
        String voice,
        @DefaultValue("1.0") @DecimalMin("0.7") @DecimalMax("1.2") double speed,
        @DefaultValue("2") @Min(1) @Max(32) int maxConcurrency) {

    public enum Provider { OFF, ELEVENLABS, OPENAI }

    static final String PREFIX = "STORYLOOM_NARRATION_";

    /** The slowest and fastest a book may ask for: the range both providers accept. */
    public static final double MIN_SPEED = 0.7;
    public static final double MAX_SPEED = 1.2;

    /**
     * Where and how to call the narrator, with the provider's defaults filled in.
     *
     * @throws MissingProviderSetting when a setting the provider cannot do without is missing
     */
    public ProviderEndpoint endpoint() {
        return switch (provider) {
            case ELEVENLABS -> Endpoints.resolve("ElevenLabs", "narrator", "elevenlabs", baseUrl,
                    "https://api.elevenlabs.io", apiKey, true, model, "eleven_multilingual_v2", PREFIX);
            case OPENAI -> Endpoints.resolve("OpenAI", "narrator", "openai", baseUrl, "https://api.openai.com/v1",
                    apiKey, true, model, "gpt-4o-mini-tts", PREFIX);
            case OFF -> throw new IllegalStateException("Narration is off; there is no narrator to call");
        };
    }

    /** The voice used when a book names none: the setting, else a voice the provider always has. */
    public String defaultVoice() {
        if (voice != null && !voice.isBlank()) {
            return voice.strip();
        }
        // ElevenLabs' "Rachel", a premade voice every account has; OpenAI's "alloy".
        return provider == Provider.ELEVENLABS ? "21m00Tcm4TlvDq8ikWAM" : "alloy";
    }

    @Override
    public String toString() {
        return "NarrationSettings[provider=" + provider + ", baseUrl=" + UrlSecrets.hide(baseUrl) + ", model=" + model
                + ", apiKey=" + Endpoints.describeKey(apiKey) + ", voice=" + voice + ", speed=" + speed
                + ", maxConcurrency=" + maxConcurrency + "]";
    }
}
