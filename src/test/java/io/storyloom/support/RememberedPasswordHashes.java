package io.storyloom.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;

/**
 * The app's password encoder (Argon2id at its real cost, which SecurityContract checks), remembering its
 * answers: the suite signs up and signs in hundreds of accounts with one password, and hashing each anew
 * was a fifth of its CPU. The first hash of a password is reused for every account that chooses it (a
 * real hash, of that password, in the stored format), and each check of a password against a hash is
 * worked out once. What is remembered is shared by every app the test JVM starts: the encoder is the same
 * in all of them, and each app hashing the suite's password anew was still a tenth of its CPU. Passwords
 * listed in {@code storyloom-test.really-hashed-passwords} are hashed and checked anew every time:
 * SignInThrottleTest times the checks of a wrong password.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RememberedPasswordHashes {

    @Bean
    static BeanPostProcessor rememberPasswordHashes(Environment environment) {
        Set<String> reallyHashed = StringUtils.commaDelimitedListToSet(
                environment.getProperty("storyloom-test.really-hashed-passwords", ""));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder ? new Remembering(encoder, reallyHashed) : bean;
            }
        };
    }

    private record Remembering(PasswordEncoder encoder, Set<String> reallyHashed) implements PasswordEncoder {

        private static final Map<String, String> HASHES = new ConcurrentHashMap<>();
        private static final Map<Check, Boolean> CHECKS = new ConcurrentHashMap<>();

        @Override
        public String encode(CharSequence raw) {
            if (raw == null || reallyHashed.contains(raw.toString())) {
                return encoder.encode(raw);
            }
            return HASHES.computeIfAbsent(raw.toString(), encoder::encode);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null || reallyHashed.contains(raw.toString())) {
                return encoder.matches(raw, encoded);
            }
            return CHECKS.computeIfAbsent(new Check(raw.toString(), encoded), c -> encoder.matches(c.raw(), c.encoded()));
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return encoder.upgradeEncoding(encoded);
        }
    }

    private record Check(String raw, String encoded) {
    }
}
