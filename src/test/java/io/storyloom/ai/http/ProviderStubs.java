package io.storyloom.ai.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provider answers exactly as PROVIDERS.md describes them (Together's {@code eos}, its seed beyond a
 * {@code long}, image answers without {@code created}; OpenAI's {@code created} and {@code b64_json}),
 * for a WireMock server standing in for the real APIs. No test reaches the internet.
 */
public final class ProviderStubs {

    /** A key that must never show up in a log line or a message. */
    public static final String KEY = "tgp_v1_SECRET-test-key-5f1c2a";
    /** Together sends seeds that do not fit in a long. */
    public static final String HUGE_SEED = "15158565520978651000";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProviderStubs() {
    }

    /** WireMock on a free port without h2c, which the JDK client's upgrade attempt would trip on. */
    public static WireMockConfiguration server() {
        return options().dynamicPort().http2PlainDisabled(true);
    }

    /** A Together chat answer; {@code finishReason} e.g. {@code eos}, {@code stop}, {@code length}. */
    public static String togetherChat(String content, String finishReason) {
        return """
                {"id":"8f1e2d3c4b5a6978","object":"chat.completion","created":1763700000,
                 "model":"meta-llama/Llama-3.3-70B-Instruct-Turbo","prompt":[],
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"tool_calls":[]},
                   "logprobs":null,"finish_reason":"%s","seed":%s}],
                 "usage":{"prompt_tokens":812,"completion_tokens":345,"total_tokens":1157}}
                """.formatted(JSON.writeValueAsString(content), finishReason, HUGE_SEED);
    }

    /** An OpenAI chat answer. */
    public static String openAiChat(String content, String finishReason) {
        return """
                {"id":"chatcmpl-abc123","object":"chat.completion","created":1763700000,"model":"gpt-4.1-mini-2025-04-14",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null,"annotations":[]},
                   "logprobs":null,"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":700,"completion_tokens":300,"total_tokens":1000,
                   "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}},
                 "service_tier":"default","system_fingerprint":"fp_1234"}
                """.formatted(JSON.writeValueAsString(content), finishReason);
    }

    /** {@code {"error":{"message","type","param","code"}}}. */
    public static String error(String message, String type, String code) {
        var error = new LinkedHashMap<String, Object>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", null);
        error.put("code", code);
        return JSON.writeValueAsString(Map.of("error", error));
    }

    /** A Together images answer: no {@code created}. */
    public static String togetherImage(byte[] picture) {
        return """
                {"id":"img-91ab","model":"black-forest-labs/FLUX.1-schnell","object":"list",
                 "data":[{"index":0,"b64_json":"%s","type":"b64_json"}]}
                """.formatted(Base64.getEncoder().encodeToString(picture));
    }

    /** A Together images answer pointing at a URL. */
    public static String togetherImageUrl(String url) {
        return """
                {"id":"img-91ac","model":"black-forest-labs/FLUX.1-schnell","object":"list",
                 "data":[{"index":0,"url":"%s","type":"url"}]}
                """.formatted(url);
    }

    /** An OpenAI images answer: {@code created}, {@code b64_json}, usage. */
    public static String openAiImage(byte[] picture) {
        return """
                {"created":1763700000,"data":[{"b64_json":"%s"}],
                 "usage":{"total_tokens":4200,"input_tokens":50,"output_tokens":4150}}
                """.formatted(Base64.getEncoder().encodeToString(picture));
    }

    /** A real PNG of the given size. */
    public static byte[] png(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x8fbcd4));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xe07a5f));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static HttpSettings http(Duration readTimeout) {
        return new HttpSettings(Duration.ofSeconds(2), readTimeout);
    }

    /** Quick retries, so tests about retrying do not wait long. */
    public static RetrySettings retry(int maxAttempts) {
        return new RetrySettings(maxAttempts, Duration.ofMillis(10), Duration.ofSeconds(3));
    }

    public static ProviderEndpoint together(String baseUrl, String capability, String model) {
        return new ProviderEndpoint("Together", capability, java.net.URI.create(baseUrl), KEY, model,
                capability.equals("illustrator") ? "STORYLOOM_IMAGE_" : "STORYLOOM_TEXT_");
    }

    public static ImageProviderSettings imageSettings(ImageProviderSettings.Provider provider, String baseUrl,
            boolean referenceImages, String size) {
        return imageSettings(provider, baseUrl, KEY, null, referenceImages, size);
    }

    /** Image settings as bound with their defaults, but for what is given. */
    public static ImageProviderSettings imageSettings(ImageProviderSettings.Provider provider, String baseUrl,
            String key, String model, boolean referenceImages, String size) {
        return imageSettings(provider, baseUrl, key, model, referenceImages, size, Duration.ofSeconds(300), false);
    }

    public static ImageProviderSettings imageSettings(ImageProviderSettings.Provider provider, String baseUrl,
            String key, String model, boolean referenceImages, String size, Duration readTimeout,
            boolean retryAfterTimeout) {
        return new ImageProviderSettings(provider, baseUrl, key, model, null, ImageProviderSettings.OutputFormat.PNG,
                referenceImages, size, 2, 0, List.of(), readTimeout, Duration.ofMinutes(8), true, retryAfterTimeout);
    }
}
