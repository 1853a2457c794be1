package io.storyloom.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The app's password encoder (Argon2id at its real cost, which SecurityContract checks), remembering its
 * answers: the suite signs up and signs in hundreds of accounts with one password, and hashing each anew
 * was a fifth of its CPU. The first hash of a password is reused for every account that chooses it (a
 * real hash, of that password, in the stored format), and each check of a password against a hash is
 * worked out once. Off ({@code storyloom-test.remember-password-hashes=false}) where a test times the
 * checks themselves (SignInThrottleTest).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RememberedPasswordHashes {

    @Bean
    @ConditionalOnBooleanProperty(name = "storyloom-test.remember-password-hashes", matchIfMissing = true)
    static BeanPostProcessor rememberPasswordHashes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder ? new Remembering(encoder) : bean;
            }
        };
    }

    private record Remembering(PasswordEncoder encoder, Map<String, String> hashes, Map<Check, Boolean> checks)
            implements PasswordEncoder {

        Remembering(PasswordEncoder encoder) {
            this(encoder, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        @Override
        public String encode(CharSequence raw) {
            return raw == null ? encoder.encode(null) : hashes.computeIfAbsent(raw.toString(), encoder::encode);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null) {
                return encoder.matches(raw, encoded);
            }
            return checks.computeIfAbsent(new Check(raw.toString(), encoded), c -> encoder.matches(c.raw(), c.encoded()));
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return encoder.upgradeEncoding(encoded);
        }
    }

    private record Check(String raw, String encoded) {
    }
}
