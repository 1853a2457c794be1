package io.storyloom.ai.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;

/**
 * Reads how long a provider wants us to wait: OpenAI's {@code retry-after-ms}, or the standard
 * {@code retry-after} in seconds or as an HTTP date. Together may send neither.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait asked for, or {@code null} when the answer asks for none we can read. */
    static Duration of(HttpHeaders headers, Clock clock) {
        Duration millis = number(headers.getFirst("retry-after-ms"), false);
        if (millis != null) {
            return millis;
        }
        String value = headers.getFirst("retry-after");
        if (value == null || value.isBlank()) {
            return null;
        }
        Duration seconds = number(value, true);
        if (seconds != null) {
            return seconds;
        }
        try {
            var at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration number(String value, boolean seconds) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double amount = Double.parseDouble(value.strip());
            if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
                return null;
            }
            return Duration.ofMillis(Math.round(seconds ? amount * 1000 : amount));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
