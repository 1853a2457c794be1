package io.storyloom.ai.http;

import io.storyloom.system.UrlSecrets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The image model: {@code storyloom.image.*}, or {@code STORYLOOM_IMAGE_*} in the environment. The
 * picture size comes from {@code storyloom.generation.image-width/height}.
 *
 * @param provider         {@code offline} (default), {@code together} or {@code openai}
 * @param baseUrl          the API base; defaults per provider
 * @param apiKey           the key; required for real providers; never logged
 * @param model            the model id; defaults per provider
 * @param steps            diffusion steps (Together only); blank for the model's own (FLUX.1-schnell: 4), kept
 *                         within the model's range
 * @param outputFormat     {@code png} or {@code jpeg} (Together only)
 * @param referenceImages  send the character reference picture with each page, to models that take one: Together's
 *                         FLUX.1 Kontext models (as {@code image_url}) and OpenAI's gpt-image-1 (through
 *                         {@code /images/edits})
 * @param size             OpenAI only: e.g. {@code 1536x1024}; blank, or a size the model does not take, picks the
 *                         model's size nearest the page's shape
 * @param maxConcurrency   at most this many pictures drawn at the same time, across all books
 * @param imagesPerMinute  at most this many pictures asked for per minute, for the model's rate limit; 0 for no limit
 * @param downloadHosts    hosts besides the base URL's that a picture URL in an answer may point at
 * @param readTimeout      how long to wait for a picture once connected (large pictures can take minutes)
 * @param deadline         the longest one picture may take, retries and waits included
 * @param referenceDataUrl send the reference picture inline as a data URL (1–2 MB with every page) when no short-lived
 *                         link to it can be made ({@code storyloom.media.links.*} or an S3 store)
 * @param retryAfterTimeout ask again after a read timeout; off by default, because the provider may have drawn
 *                         (and billed) the picture it did not deliver in time
 */
@ConfigurationProperties("storyloom.image")
@Validated
public record ImageProviderSettings(
        @DefaultValue("offline") @NotNull Provider provider,
        String baseUrl,
        String apiKey,
        String model,
        @Min(1) @Max(100) Integer steps,
        @DefaultValue("png") @NotNull OutputFormat outputFormat,
        @DefaultValue("false") boolean referenceImages,
        String size,
        @DefaultValue("2") @Min(1) @Max(32) int maxConcurrency,
        @DefaultValue("10") @Min(0) @Max(10_000) int imagesPerMinute,
        List<String> downloadHosts,
        @DefaultValue("300s") @NotNull @DurationMin(millis = 1) Duration readTimeout,
        @DefaultValue("8m") @NotNull @DurationMin(millis = 1) Duration deadline,
        @DefaultValue("false") boolean referenceDataUrl,
        @DefaultValue("false") boolean retryAfterTimeout) {

    public enum Provider { OFFLINE, TOGETHER, OPENAI }

    public enum OutputFormat {
        PNG, JPEG;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String PREFIX = "STORYLOOM_IMAGE_";

    public ImageProviderSettings {
        downloadHosts = downloadHosts == null ? List.of() : List.copyOf(downloadHosts);
    }

    /**
     * Where and how to call the model, with the provider's defaults filled in.
     *
     * @throws MissingProviderSetting when a setting the provider cannot do without is missing
     */
    public ProviderEndpoint endpoint() {
        return switch (provider) {
            case TOGETHER -> Endpoints.resolve("Together", "illustrator", "together", baseUrl,
                    "https://api.together.xyz/v1", apiKey, true, model, "black-forest-labs/FLUX.1-schnell", PREFIX);
            case OPENAI -> Endpoints.resolve("OpenAI", "illustrator", "openai", baseUrl,
                    "https://api.openai.com/v1", apiKey, true, model, "gpt-image-1", PREFIX);
            case OFFLINE -> throw new IllegalStateException("The offline illustrator has no endpoint");
        };
    }

    /** What the configured model accepts, or safe defaults when Storyloom does not know it. */
    public ImageModelSpec spec() {
        return KnownImageModels.of(provider.name().toLowerCase(Locale.ROOT), endpoint().model());
    }

    /** The timeouts and retry rule of a picture call. */
    public CallPolicy callPolicy() {
        return new CallPolicy(readTimeout, deadline, retryAfterTimeout);
    }

    /** The hosts a picture may be downloaded from: the API's own and those configured (Together's by default). */
    public Set<String> allowedDownloadHosts() {
        var hosts = new LinkedHashSet<String>();
        hosts.add(endpoint().baseUrl().getHost().toLowerCase(Locale.ROOT));
        if (downloadHosts.isEmpty() && provider == Provider.TOGETHER) {
            hosts.addAll(List.of("api.together.xyz", "api.together.ai"));
        }
        downloadHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).forEach(hosts::add);
        return hosts;
    }

    /** The URL scheme downloads must use: https, unless the API itself is reached over plain http (a local server). */
    public boolean allowsScheme(URI url) {
        return "https".equalsIgnoreCase(url.getScheme())
                || (url.getScheme() != null && url.getScheme().equalsIgnoreCase(endpoint().baseUrl().getScheme()));
    }

    @Override
    public String toString() {
        return "ImageProviderSettings[provider=" + provider + ", baseUrl=" + UrlSecrets.hide(baseUrl) + ", model=" + model
                + ", apiKey=" + Endpoints.describeKey(apiKey) + ", steps=" + steps + ", outputFormat=" + outputFormat
                + ", referenceImages=" + referenceImages + ", size=" + size + ", maxConcurrency=" + maxConcurrency
                + ", imagesPerMinute=" + imagesPerMinute + ", downloadHosts=" + downloadHosts + ", readTimeout="
                + readTimeout + ", deadline=" + deadline + ", referenceDataUrl=" + referenceDataUrl + ", retryAfterTimeout="
                + retryAfterTimeout + "]";
    }
}
