package io.storyloom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Makes accounts through the public API, the way a parent or a script would. */
public final class Users {

    public static final String PASSWORD = "correct horse battery";

    private Users() {
    }

    /** A new account; returns its email. Uses a browser-like session (CSRF token from /account/csrf). */
    public static String signUp(int port) {
        String email = "parent-" + UUID.randomUUID() + "@example.com";
        var browser = new Api(port);
        browser.header("X-XSRF-TOKEN", csrf(browser));
        var created = browser.postJson("/account/signup",
                Map.of("email", email, "password", PASSWORD, "display_name", "Sam"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return email;
    }

    /** An API token for the account, from the email and password. */
    public static String token(int port, String email) {
        var response = new Api(port).postJson("/auth/token",
                Map.of("email", email, "password", PASSWORD, "name", "tests"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("token").asString();
    }

    /** A client acting as a brand-new account through an API token. */
    public static Api newAccountClient(int port) {
        return new Api(port).header("Authorization", "Bearer " + token(port, signUp(port)));
    }

    /** The CSRF token of the client's session, as the page reads it from the XSRF-TOKEN cookie. */
    public static String csrf(Api browser) {
        var response = browser.get("/account/csrf");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return browser.cookie(response.json().get("cookie_name").asString());
    }
}
