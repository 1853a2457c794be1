package io.storyloom.ai.http;

import io.storyloom.system.UrlSecrets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language model: {@code storyloom.text.*}, or {@code STORYLOOM_TEXT_*} in the environment.
 *
 * @param provider         {@code offline} (default), {@code together}, {@code openai}, or
 *                         {@code openai-compatible} for Ollama, vLLM, LM Studio and the like
 * @param baseUrl          the API base; defaults per provider, required for {@code openai-compatible}
 * @param apiKey           the key; required for Together and OpenAI, optional for a local server; never logged
 * @param model            the model id; defaults per provider, required for {@code openai-compatible}
 * @param temperature      sampling temperature; negative leaves it to the model (some OpenAI models accept no other)
 * @param structuredOutput {@code json-schema}: the server constrains answers to the schema;
 *                         {@code json-object}: JSON mode with the schema in the prompt, for servers without
 *                         {@code json_schema} support (also used by itself when a server refuses the schema)
 * @param maxConcurrency   at most this many calls to the model at the same time, across all books
 * @param deadline         the longest one answer may take, retries and waits included (each attempt waits at most
 *                         {@code storyloom.http.read-timeout})
 */
@ConfigurationProperties("storyloom.text")
@Validated
public record TextProviderSettings(
        @DefaultValue("offline") @NotNull Provider provider,
        String baseUrl,
        String apiKey,
        String model,
        @DefaultValue("0.8") @Max(2) double temperature,
        @DefaultValue("json-schema") @NotNull StructuredOutput structuredOutput,
        @DefaultValue("4") @Min(1) @Max(64) int maxConcurrency,
        @DefaultValue("8m") @NotNull @DurationMin(millis = 1) Duration deadline) {

    public enum Provider { OFFLINE, TOGETHER, OPENAI, OPENAI_COMPATIBLE }

    public enum StructuredOutput { JSON_SCHEMA, JSON_OBJECT }

    static final String PREFIX = "STORYLOOM_TEXT_";

    /**
     * Where and how to call the model, with the provider's defaults filled in.
     *
     * @throws MissingProviderSetting when a setting the provider cannot do without is missing
     */
    public ProviderEndpoint endpoint() {
        return switch (provider) {
            case TOGETHER -> Endpoints.resolve("Together", "story writer", "together", baseUrl,
                    "https://api.together.xyz/v1", apiKey, true, model, "meta-llama/Llama-3.3-70B-Instruct-Turbo", PREFIX);
            case OPENAI -> Endpoints.resolve("OpenAI", "story writer", "openai", baseUrl,
                    "https://api.openai.com/v1", apiKey, true, model, "gpt-4.1-mini", PREFIX);
            case OPENAI_COMPATIBLE -> Endpoints.resolve("the OpenAI-compatible server", "story writer",
                    "openai-compatible", baseUrl, null, apiKey, false, model, null, PREFIX);
            case OFFLINE -> throw new IllegalStateException("The offline story writer has no endpoint");
        };
    }

    /** The timeouts and retry rule of a text call: a timed-out answer is asked for again, within the deadline. */
    public CallPolicy callPolicy(HttpSettings http) {
        return new CallPolicy(http.readTimeout(), deadline, true);
    }

    /** The temperature to send, or {@code null} to send none. */
    public Double temperatureToSend() {
        return temperature < 0 ? null : temperature;
    }

    @Override
    public String toString() {
        return "TextProviderSettings[provider=" + provider + ", baseUrl=" + UrlSecrets.hide(baseUrl) + ", model=" + model
                + ", apiKey=" + Endpoints.describeKey(apiKey) + ", temperature=" + temperature
                + ", structuredOutput=" + structuredOutput + ", maxConcurrency=" + maxConcurrency + ", deadline=" + deadline + "]";
    }
}
