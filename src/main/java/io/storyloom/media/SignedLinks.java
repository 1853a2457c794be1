package io.storyloom.media;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring links to this app's {@code GET /media/signed}: the key and the expiry (epoch seconds)
 * signed with HMAC-SHA256, so a link cannot be changed to reach another object or to last longer.
 */
final class SignedLinks implements MediaLinks {

    static final String PATH = "/media/signed";

    private final String baseUrl;
    private final byte[] secret;
    private final Duration ttl;
    private final Clock clock;

    SignedLinks(MediaLinkSettings settings, Clock clock) {
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
        this.secret = settings.secret().isEmpty() ? random() : settings.secret().getBytes(StandardCharsets.UTF_8);
        this.ttl = settings.ttl();
        this.clock = clock;
    }

    @Override
    public Optional<URI> link(String key) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return Optional.of(URI.create(baseUrl + PATH + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "&expires=" + expires + "&signature=" + sign(key, expires)));
    }

    /** What is wrong with a link's parts, or {@link Check#VALID}. */
    Check check(String key, String expires, String signature) {
        long until;
        try {
            until = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return Check.MALFORMED;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return Check.MALFORMED;
        }
        // Compared in constant time, so the signature cannot be guessed byte by byte from response times.
        if (!MessageDigest.isEqual(given, mac(key, until))) {
            return Check.FORGED;
        }
        return clock.instant().getEpochSecond() > until ? Check.EXPIRED : Check.VALID;
    }

    enum Check { VALID, MALFORMED, FORGED, EXPIRED }

    private String sign(String key, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, expires));
    }

    private byte[] mac(String key, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
