package io.storyloom.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only from the configured proxy: seen in
 * which address the sign-in limits count, and in the cookies' {@code Secure} flag.
 */
class ForwardedHeadersTest extends BehindProxyTest {

    @BeforeEach
    void ipv6Loopback() {
        // the untrusted peer is [::1]; fail loudly rather than pass without it
        assertThat(untrusted().get("/stories/statuses").status()).isEqualTo(200);
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        Api sprayer = untrusted();
        for (int i = 0; i < limits.failuresPerAddressPerHour(); i++) {
            sprayer.header("X-Forwarded-For", "198.51.100." + i); // a new address each time, it claims
            assertThat(exchange(sprayer, randomEmail(), "Password1!").status()).as("try " + i).isEqualTo(401);
        }
        sprayer.header("X-Forwarded-For", "198.51.100.250");
        assertThat(exchange(sprayer, randomEmail(), "Password1!").status()).isEqualTo(429);
    }

    @Test
    void forwardedForFromTheTrustedProxyNamesTheClient() {
        // each try from another client behind the proxy: none is held back by the others' failures
        for (int i = 0; i <= limits.failuresPerAddressPerHour(); i++) {
            assertThat(exchange(from("203.0.113." + (100 + i)), randomEmail(), "Password1!").status())
                    .as("client " + i).isEqualTo(401);
        }
        // the proxy appends the address it saw; whatever the client wrote before that is not believed
        Api client = new Api(port);
        for (int i = 0; i < limits.failuresPerAddressPerHour(); i++) {
            client.header("X-Forwarded-For", "10.9.8." + i + ", 198.51.100.30");
            assertThat(exchange(client, randomEmail(), "Password1!").status()).as("try " + i).isEqualTo(401);
        }
        client.header("X-Forwarded-For", "10.9.8.250, 198.51.100.30");
        assertThat(exchange(client, randomEmail(), "Password1!").status()).isEqualTo(429);
    }

    @Test
    void cookiesAreSecureWhenTheTrustedProxySaysHttps() {
        String email = signUpFrom("203.0.113.50");
        Api browser = from("203.0.113.50").header("X-Forwarded-Proto", "https");
        var csrf = browser.get("/account/csrf");
        String xsrfCookie = csrf.setCookie("XSRF-TOKEN");
        assertThat(SecurityContract.isSecure(xsrfCookie)).as(xsrfCookie).isTrue();
        assertThat(xsrfCookie).containsIgnoringCase("SameSite=Lax");

        // A Secure cookie is not sent back over the test's plain HTTP by the client itself: send it by hand.
        String xsrf = xsrfCookie.substring("XSRF-TOKEN=".length(), xsrfCookie.indexOf(';'));
        var signedIn = browser.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", xsrf, "Cookie", "XSRF-TOKEN=" + xsrf);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        for (String name : new String[] {"JSESSIONID", "SL_DEVICE"}) {
            String cookie = signedIn.setCookie(name);
            assertThat(SecurityContract.isSecure(cookie)).as(cookie).isTrue();
            assertThat(cookie).contains("HttpOnly");
        }

        // the same claim from an untrusted peer, or no claim: plain HTTP, no Secure
        String fromUntrusted = untrusted().header("X-Forwarded-Proto", "https").get("/account/csrf").setCookie("XSRF-TOKEN");
        assertThat(SecurityContract.isSecure(fromUntrusted)).as(fromUntrusted).isFalse();
        String plain = from("203.0.113.50").get("/account/csrf").setCookie("XSRF-TOKEN");
        assertThat(SecurityContract.isSecure(plain)).as(plain).isFalse();
    }
}
