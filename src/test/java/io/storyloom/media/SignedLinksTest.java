package io.storyloom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signed links name one object and an expiry; changing either, or waiting past it, breaks them. */
class SignedLinksTest {

    private static final String KEY = "stories/6f1c2a9e-0000-4000-8000-000000000001/reference-abc123.png";
    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));

    private SignedLinks links(String secret) {
        return new SignedLinks(new MediaLinkSettings("https://books.example.org/", secret, Duration.ofMinutes(10)), clock);
    }

    private static Map<String, String> query(URI link) {
        var parts = new LinkedHashMap<String, String>();
        Arrays.stream(link.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .forEach(p -> parts.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return parts;
    }

    @Test
    void aLinkPointsAtThePublicAddressAndChecksOutUntilItExpires() {
        URI link = links(SECRET).link(KEY).orElseThrow();
        var q = query(link);

        assertThat(link.toString()).startsWith("https://books.example.org/media/signed?key=stories%2F");
        assertThat(q.get("key")).isEqualTo(KEY);
        assertThat(q.get("expires")).isEqualTo(Long.toString(Instant.parse("2026-12-02T08:10:00Z").getEpochSecond()));
        assertThat(links(SECRET).check(q.get("key"), q.get("expires"), q.get("signature"))).isEqualTo(SignedLinks.Check.VALID);

        clock.now = Instant.parse("2026-12-02T08:10:01Z");
        assertThat(links(SECRET).check(q.get("key"), q.get("expires"), q.get("signature"))).isEqualTo(SignedLinks.Check.EXPIRED);
    }

    @Test
    void anyChangeIsAForgery() {
        var q = query(links(SECRET).link(KEY).orElseThrow());
        var verifier = links(SECRET);

        assertThat(verifier.check(KEY.replace("reference", "page-1"), q.get("expires"), q.get("signature")))
                .isEqualTo(SignedLinks.Check.FORGED);
        assertThat(verifier.check(KEY, Long.toString(Long.parseLong(q.get("expires")) + 3600), q.get("signature")))
                .isEqualTo(SignedLinks.Check.FORGED);
        assertThat(verifier.check(KEY, q.get("expires"), q.get("signature").substring(1) + "A"))
                .isEqualTo(SignedLinks.Check.FORGED);
        assertThat(links("another-secret-of-at-least-thirty-two-chars").check(KEY, q.get("expires"), q.get("signature")))
                .isEqualTo(SignedLinks.Check.FORGED);
    }

    @Test
    void withoutASecretOnlyTheProcessThatSignedALinkAcceptsIt() {
        var signer = links("");
        var q = query(signer.link(KEY).orElseThrow());

        assertThat(signer.check(KEY, q.get("expires"), q.get("signature"))).isEqualTo(SignedLinks.Check.VALID);
        assertThat(links("").check(KEY, q.get("expires"), q.get("signature"))).isEqualTo(SignedLinks.Check.FORGED);
    }

    @Test
    void malformedPartsAreNamedAsSuch() {
        var verifier = links(SECRET);

        assertThat(verifier.check(KEY, "soon", "abc")).isEqualTo(SignedLinks.Check.MALFORMED);
        assertThat(verifier.check(KEY, "99999999999999999999", "abc")).isEqualTo(SignedLinks.Check.MALFORMED);
        assertThat(verifier.check(KEY, "1", "not base64 !")).isEqualTo(SignedLinks.Check.MALFORMED);
        assertThat(verifier.check(KEY, "1", "")).isEqualTo(SignedLinks.Check.FORGED);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
