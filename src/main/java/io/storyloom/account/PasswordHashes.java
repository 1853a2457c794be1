package io.storyloom.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id, which reads the whole passphrase (BCrypt reads 72 bytes and
 * Spring's BCrypt refuses more). Hashes carry their algorithm as a {@code {id}} prefix; older
 * {@code {bcrypt}} hashes, and bare BCrypt hashes without a prefix, are still accepted and are
 * re-hashed with Argon2id at the next successful sign-in ({@link AccountUserDetailsService}).
 */
final class PasswordHashes {

    /**
     * OWASP's Argon2id setting of 7 MiB, 5 passes, 1 lane (as strong as its 19 MiB/2 passes, with less
     * memory per concurrent sign-in): about 27-29 ms of CPU per check on this project's 2-core machine.
     */
    static final int MEMORY_KIB = 7 * 1024;
    static final int ITERATIONS = 5;

    private static final String ARGON2 = "argon2";

    private PasswordHashes() {
    }

    static PasswordEncoder encoder() {
        var bcrypt = new BCryptPasswordEncoder();
        var encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS),
                "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }
}
