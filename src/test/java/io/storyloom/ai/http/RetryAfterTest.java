package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    private static Duration of(String name, String value) {
        var headers = new HttpHeaders();
        headers.add(name, value);
        return RetryAfter.of(headers, CLOCK);
    }

    @Test
    void readsSecondsMillisecondsAndHttpDates() {
        assertThat(of("retry-after", "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(of("Retry-After", "0.5")).isEqualTo(Duration.ofMillis(500));
        assertThat(of("retry-after-ms", "250")).isEqualTo(Duration.ofMillis(250));
        assertThat(of("retry-after", "Sat, 21 Nov 2026 10:00:20 GMT")).isEqualTo(Duration.ofSeconds(20));
        assertThat(of("retry-after", "Sat, 21 Nov 2026 09:00:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(of("retry-after", "soon")).isNull();
        assertThat(of("retry-after", "-4")).isNull();
        assertThat(RetryAfter.of(new HttpHeaders(), CLOCK)).isNull();
    }
}
