package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.TestDatabase;
import io.storyloom.support.Users;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app behind a reverse proxy at 127.0.0.1 (the only trusted one), with the shipped sign-in limits.
 * Test clients pretend to be anywhere by sending {@code X-Forwarded-For} through it (addresses from the
 * documentation ranges, never contacted); requests over {@code [::1]} come from an untrusted peer.
 * The limits live in memory and the subclasses share one running app, so each test uses addresses
 * and emails of its own.
 */
@TestDatabase(TestDatabase.Kind.H2)
abstract class BehindProxyTest extends AppTest {

    @Autowired
    SignInLimits limits;

    @DynamicPropertySource
    static void behindProxy(DynamicPropertyRegistry registry) {
        registry.add("storyloom.forwarded.trusted-proxies", () -> "127.0.0.1");
        // back to the defaults of application.yml, which AppTest raises for the suite's single address
        registry.add("storyloom.sign-in.checks-per-address-per-minute", () -> "30");
        registry.add("storyloom.sign-in.failures-per-address-per-hour", () -> "20");
        registry.add("storyloom.sign-in.sign-ups-per-address-per-hour", () -> "20");
        // SignInThrottleTest times the checks of this wrong password: each one really hashes
        registry.add("storyloom-test.really-hashed-passwords", () -> SignInThrottleTest.TIMED_PASSWORD);
    }

    /** A client at this address, through the trusted proxy. */
    Api from(String address) {
        return new Api(port).header("X-Forwarded-For", address);
    }

    /** A client connecting from [::1], which is not a trusted proxy. */
    Api untrusted() {
        return new Api("http://[::1]:" + port);
    }

    /** A new account signed up by a client at this address; returns its email. */
    String signUpFrom(String address) {
        String email = "parent-" + UUID.randomUUID() + "@example.com";
        Api browser = from(address);
        var created = browser.sendBytes("/account/signup", "POST", Api.json(Map.of("email", email,
                "password", Users.PASSWORD, "display_name", "Sam")).getBytes(), "application/json",
                "X-XSRF-TOKEN", Users.csrf(browser));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return email;
    }

    static Api.Response exchange(Api client, String email, String password) {
        return client.postJson("/auth/token", Map.of("email", email, "password", password, "name", "x"));
    }

    static Api.Response signIn(Api browser, String email, String password) {
        return browser.form("/account/signin", "email=" + email + "&password=" + password.replace(" ", "+"),
                "X-XSRF-TOKEN", Users.csrf(browser));
    }

    static String randomEmail() {
        return "someone-" + UUID.randomUUID() + "@example.com";
    }
}
