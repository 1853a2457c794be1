package io.storyloom.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable tokens (API tokens, share links) and the hashes they are stored as. Only the hash is
 * kept, so a leaked database does not leak working tokens; SHA-256 suffices because the tokens carry
 * 256 random bits, unlike passwords.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Copied for each hash: looking the algorithm up among the providers cost more than hashing a token. */
    private static final MessageDigest SHA_256 = sha256();

    private SecretTokens() {
    }

    /** A new token: the prefix, then 32 random bytes in URL-safe Base64. */
    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            var digest = (MessageDigest) SHA_256.clone();
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.clone(); // fails here, at class load, if this provider's digest cannot be copied
            return digest;
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
