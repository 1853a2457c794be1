package io.storyloom.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The known-device cookie a browser gets when it signs in: a random value, remembered (hashed) by
 * {@link SignInThrottle} with the account it signed in to, so the owner's browser is not refused when
 * someone elsewhere is guessing that account's password. Sent only to the sign-in form, never readable
 * by the page.
 */
final class DeviceCookie {

    static final String NAME = "SL_DEVICE";
    static final String PREFIX = "sld_";
    private static final String PATH = "/account/signin";

    private DeviceCookie() {
    }

    static boolean wellFormed(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() <= 100;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, value)
                .path(PATH).maxAge(maxAge).httpOnly(true).secure(request.isSecure()).sameSite("Strict")
                .build().toString());
    }
}
