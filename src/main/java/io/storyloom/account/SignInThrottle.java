package io.storyloom.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Token buckets (Bucket4j),
 * kept in this process's memory in bounded Caffeine maps:
 * <ul>
 * <li><b>checks per address</b>: every password check (sign-in, token exchange) from one client address
 * takes a token; this caps the hashing work one client can cause, right or wrong. A check refused by
 * one of the limits below is not made and takes nothing.
 * <li><b>failures per address</b>: a wrong password or unknown email from one address keeps a token
 * (a check takes one and a successful check gives it back); this stops a sprayer trying many emails.
 * <li><b>failures per account</b>: the same, per email, but only for checks from a <em>new</em> source,
 * one that never signed in to that email: this stops many addresses guessing one account.
 * <li><b>sign-ups per address</b>.
 * </ul>
 * A source is <em>known</em> for an email once a check from it succeeded: the address (for
 * {@code storyloom.sign-in.remember-devices-for}), and the browser, through a random cookie
 * ({@link DeviceCookie}). Known sources never wait for the account's bucket, so however hard someone
 * guesses an email's password, its owner still signs in from a device or address they used before; a
 * known device does not wait for its address's failure bucket either (someone guessing behind the same
 * shared address cannot lock it out), since its cookie was only given out after the right password.
 * What is left to a guesser: new sources compete with them for the account's few tokens an hour,
 * which is the point. Unknown and existing emails are counted alike, so a refusal tells nothing about
 * whether an account exists; the password check itself costs the same for both (Spring's
 * {@code DaoAuthenticationProvider} checks a dummy hash for unknown emails).
 * <p>
 * The counts live in memory: each web process keeps its own, and a restart forgets them (and the known
 * sources). The maps are bounded; Caffeine keeps the entries used most, so a flood of new keys does not
 * easily push out the bucket of an account under attack.
 */
@Component
class SignInThrottle {

    private static final long MAX_TRACKED = 100_000;

    private final SignInLimits limits;
    private final Buckets checksPerAddress;
    private final Buckets failuresPerAddress;
    private final Buckets failuresPerAccount;
    private final Buckets signUpsPerAddress;
    private final Cache<String, Boolean> knownSources;

    SignInThrottle(SignInLimits limits) {
        this.limits = limits;
        this.checksPerAddress = new Buckets(limits.checksPerAddressPerMinute(), Duration.ofMinutes(1),
                SignInThrottledException.Limit.ADDRESS);
        this.failuresPerAddress = new Buckets(limits.failuresPerAddressPerHour(), Duration.ofHours(1),
                SignInThrottledException.Limit.ADDRESS);
        this.failuresPerAccount = new Buckets(limits.failuresPerAccountPerHour(), Duration.ofHours(1),
                SignInThrottledException.Limit.ACCOUNT);
        this.signUpsPerAddress = new Buckets(limits.signUpsPerAddressPerHour(), Duration.ofHours(1),
                SignInThrottledException.Limit.SIGN_UP);
        this.knownSources = Caffeine.newBuilder().maximumSize(MAX_TRACKED)
                .expireAfterWrite(limits.rememberDevicesFor()).build();
    }

    /**
     * Takes the tokens a password check for this email from this source needs, or refuses it.
     * The caller reports the outcome on the returned permit; a failure keeps the tokens spent.
     */
    Permit beforePasswordCheck(String email, SignInSource source) {
        String account = accountKey(email);
        Bucket check = checksPerAddress.take(source.address());
        boolean knownDevice = source.deviceHash() != null
                && knownSources.getIfPresent(deviceKey(account, source.deviceHash())) != null;
        boolean knownAddress = knownSources.getIfPresent(addressKey(account, source.address())) != null;
        List<Bucket> held = new ArrayList<>(2);
        try {
            if (!knownDevice) {
                held.add(failuresPerAddress.take(source.address()));
            }
            if (!knownDevice && !knownAddress) {
                held.add(failuresPerAccount.take(account));
            }
        } catch (SignInThrottledException refused) {
            // Refused before any hashing: nothing is spent, so hammering while refused does not keep the
            // address's checks used up for a known device behind the same address.
            check.addTokens(1);
            held.forEach(bucket -> bucket.addTokens(1));
            throw refused;
        }
        return new Permit(account, source, held);
    }

    /** Takes a sign-up token for this source's address, or refuses. */
    void beforeSignUp(SignInSource source) {
        signUpsPerAddress.take(source.address());
    }

    /**
     * Remembers the browser that just signed in to this email as a known device. Returns the value of a
     * new device cookie to set, when the browser has none yet.
     */
    Optional<String> rememberDevice(String email, SignInSource source) {
        String account = accountKey(email);
        if (source.deviceHash() != null) {
            knownSources.put(deviceKey(account, source.deviceHash()), Boolean.TRUE);
            return Optional.empty();
        }
        String cookie = SecretTokens.generate(DeviceCookie.PREFIX);
        knownSources.put(deviceKey(account, SecretTokens.hash(cookie)), Boolean.TRUE);
        return Optional.of(cookie);
    }

    Duration rememberDevicesFor() {
        return limits.rememberDevicesFor();
    }

    /** The tokens one password check holds until its outcome is known. */
    final class Permit {

        private final String account;
        private final SignInSource source;
        private final List<Bucket> held;

        private Permit(String account, SignInSource source, List<Bucket> held) {
            this.account = account;
            this.source = source;
            this.held = held;
        }

        /** The password was right: failures are not counted and the address becomes known. */
        void succeeded() {
            giveBack();
            knownSources.put(addressKey(account, source.address()), Boolean.TRUE);
        }

        /** The check could not be made (not a wrong password): nothing is counted against anyone. */
        void abandoned() {
            giveBack();
        }

        private void giveBack() {
            held.forEach(bucket -> bucket.addTokens(1));
        }
    }

    private static String accountKey(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private static String addressKey(String account, String address) {
        return "address " + address + " " + account;
    }

    private static String deviceKey(String account, String deviceHash) {
        return "device " + deviceHash + " " + account;
    }

    /** One bucket per key, all with the same limit; a bucket unused for a whole period is full again and dropped. */
    private static final class Buckets {

        private final Cache<String, Bucket> buckets;
        private final int tokens;
        private final Duration period;
        private final SignInThrottledException.Limit limit;

        Buckets(int tokens, Duration period, SignInThrottledException.Limit limit) {
            this.tokens = tokens;
            this.period = period;
            this.limit = limit;
            this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(period).build();
        }

        Bucket take(String key) {
            Bucket bucket = buckets.get(key, k -> Bucket.builder()
                    .addLimit(l -> l.capacity(tokens).refillGreedy(tokens, period)).build());
            var probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw new SignInThrottledException(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            return bucket;
        }
    }
}
