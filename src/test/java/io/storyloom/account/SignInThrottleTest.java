package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.Users;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-in and sign-up limits per client address and per account, seen from outside. */
class SignInThrottleTest extends BehindProxyTest {

    /** The wrong password whose checks are timed; the test app hashes it anew each time (BehindProxyTest). */
    static final String TIMED_PASSWORD = "not-the-password";

    @Test
    void theOwnerStillSignsInWhileOthersHammerTheirPassword() {
        String email = signUpFrom("203.0.113.10");
        Api ownerBrowser = from("203.0.113.10");
        assertThat(signIn(ownerBrowser, email, Users.PASSWORD).status()).isEqualTo(200); // a known address and device now

        // someone elsewhere guesses until the account's limit for new sources is used up
        Api attacker = from("198.51.100.7");
        for (int i = 0; i < limits.failuresPerAccountPerHour(); i++) {
            assertThat(exchange(attacker, email, "guess-" + i).status()).as("guess " + i).isEqualTo(401);
        }
        var refused = exchange(attacker, email, "guess-again");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        // from any new address, even with the right password
        assertThat(exchange(from("198.51.100.8"), email, Users.PASSWORD).status()).isEqualTo(429);
        assertThat(signIn(from("192.0.2.44"), email, Users.PASSWORD).status()).isEqualTo(429);

        // the owner: from the known address, and from the known browser on a new network
        assertThat(exchange(from("203.0.113.10"), email, Users.PASSWORD).status()).isEqualTo(201);
        ownerBrowser.header("X-Forwarded-For", "192.0.2.44");
        var owner = signIn(ownerBrowser, email, Users.PASSWORD);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        assertThat(owner.json().get("email").asString()).isEqualTo(email);
    }

    @Test
    void aSprayerTryingManyEmailsFromOneAddressIsStoppedThere() {
        String victim = signUpFrom("203.0.113.20");
        Api sprayer = from("198.51.100.20");
        for (int i = 0; i < limits.failuresPerAddressPerHour(); i++) {
            assertThat(exchange(sprayer, randomEmail(), "Password1!").status()).as("try " + i).isEqualTo(401);
        }
        var refused = exchange(sprayer, randomEmail(), "Password1!");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.json().get("detail").asString()).contains("from your network");
        assertThat(signIn(sprayer, victim, Users.PASSWORD).status()).as("the form too").isEqualTo(429);
        // the account itself is not held back anywhere else
        assertThat(exchange(from("198.51.100.21"), victim, Users.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void everyPasswordCheckFromOneAddressCountsRightOrWrong() {
        String email = signUpFrom("192.0.2.70");
        Api script = from("192.0.2.70");
        long started = System.nanoTime();
        int accepted = 0;
        Api.Response last = null;
        while (accepted < 100 && (last = exchange(script, email, Users.PASSWORD)).status() == 201) {
            accepted++;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        // the bucket holds a minute's checks and refills one every 60/limit seconds meanwhile
        int perMinute = limits.checksPerAddressPerMinute();
        assertThat(accepted).isBetween(perMinute, perMinute + (int) (seconds * perMinute / 60) + 1);
    }

    @Test
    void signUpsPerAddressAreLimited() {
        for (int i = 0; i < limits.signUpsPerAddressPerHour(); i++) {
            signUpFrom("192.0.2.80");
        }
        Api browser = from("192.0.2.80");
        var refused = browser.sendBytes("/account/signup", "POST", Api.json(java.util.Map.of("email", randomEmail(),
                "password", Users.PASSWORD, "display_name", "Sam")).getBytes(), "application/json",
                "X-XSRF-TOKEN", Users.csrf(browser));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotNull();
        signUpFrom("192.0.2.81");
    }

    /**
     * A failed check must not tell an existing email from an unknown one by its duration: both check a
     * password hash. Medians over interleaved tries, with a wide bound (without the dummy hash an unknown
     * email answers about 20 times faster).
     */
    @Test
    void failedChecksTakeAsLongForUnknownEmailsAsForExistingOnes() {
        String existing = signUpFrom("192.0.2.90");
        String unknown = randomEmail();
        List<Long> known = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        int tries = limits.failuresPerAccountPerHour() - 1; // stays within the account's limit
        for (int i = 0; i < tries; i++) {
            // a fresh address each time keeps the address limits out of the way
            Api client = from("192.0.2." + (100 + i));
            long unknownNanos = timed(client, unknown);
            long knownNanos = timed(client, existing);
            if (i > 0) { // the first round warms up
                known.add(knownNanos);
                missing.add(unknownNanos);
            }
        }
        double ratio = (double) median(missing) / median(known);
        assertThat(ratio).as("unknown/existing median %s / %s ns", median(missing), median(known)).isBetween(0.5, 2.0);
    }

    private static long timed(Api client, String email) {
        long started = System.nanoTime();
        assertThat(exchange(client, email, TIMED_PASSWORD).status()).isEqualTo(401);
        return System.nanoTime() - started;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
