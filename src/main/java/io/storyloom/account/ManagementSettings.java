package io.storyloom.account;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read the metrics endpoints ({@code /actuator/prometheus}, {@code /actuator/metrics}).
 *
 * @param scrapeToken a secret a scraper sends as {@code Authorization: Bearer …}; blank: none, and the
 *                    metrics are served only on a separate management port ({@code management.server.port})
 */
@ConfigurationProperties("storyloom.management")
@Validated
record ManagementSettings(
        @DefaultValue("")
        @Pattern(regexp = "^$|^\\S{24,200}$", message = "must be blank or 24 to 200 characters without spaces")
        String scrapeToken) {

    @Override
    public String toString() {
        return "ManagementSettings[scrapeToken=" + (scrapeToken.isEmpty() ? "none" : "(set)") + "]";
    }
}
