package io.storyloom.media;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Short-lived links to stored media ({@link MediaLinks}): {@code storyloom.media.links.*}.
 *
 * @param publicBaseUrl where the internet reaches this app, e.g. {@code https://books.example.org}: links are
 *                      signed links to it; blank: presigned S3 URLs when the store is S3, else no links
 * @param secret        the key links are signed with, the same on every process (at least 32 characters);
 *                      blank: a random key per process, so only the process that made a link can serve it
 * @param ttl           how long a link works
 */
@ConfigurationProperties("storyloom.media.links")
@Validated
public record MediaLinkSettings(
        @Pattern(regexp = "^$|^https?://[^\\s?#]+$", message = "must be an http(s) URL without query or fragment")
        String publicBaseUrl,
        @Pattern(regexp = "^$|^.{32,}$", message = "must be at least 32 characters") String secret,
        @DefaultValue("10m") @NotNull @DurationMin(seconds = 10) @DurationMax(hours = 24) Duration ttl) {

    public MediaLinkSettings {
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        secret = secret == null ? "" : secret;
    }

    boolean hasPublicBaseUrl() {
        return !publicBaseUrl.isEmpty();
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "MediaLinkSettings[publicBaseUrl=" + publicBaseUrl + ", secret=" + (secret.isEmpty() ? "(none)" : "(set)")
                + ", ttl=" + ttl + "]";
    }
}
