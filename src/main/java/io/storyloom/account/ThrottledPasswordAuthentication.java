package io.storyloom.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Email and password sign-in (DaoAuthenticationProvider) within the {@link SignInThrottle}'s limits for
 * the request's {@link SignInSource} (the authentication's details).
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledPasswordAuthentication(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var permit = throttle.beforePasswordCheck(authentication.getName(),
                SignInSource.from(authentication.getDetails()));
        boolean checked = false;
        try {
            Authentication result = passwords.authenticate(authentication);
            checked = true;
            permit.succeeded();
            return result;
        } catch (BadCredentialsException wrong) {
            checked = true; // wrong password or unknown email: the tokens stay spent
            throw wrong;
        } finally {
            if (!checked) {
                permit.abandoned();
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
