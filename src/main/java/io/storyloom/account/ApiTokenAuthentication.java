package io.storyloom.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * {@code Authorization: Bearer slt_…}: the converter reads the header, the provider checks the token.
 * Plugged into Spring Security's generic {@code AuthenticationFilter}.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    /** The problem's detail for a token that is not (or no longer) valid. */
    static final String UNKNOWN = "The API token is unknown or was revoked.";

    private final String secret;
    private final SignedInUser user;

    private ApiTokenAuthentication(String secret, SignedInUser user) {
        super(user == null ? List.of() : user.getAuthorities());
        this.secret = secret;
        this.user = user;
        setAuthenticated(user != null);
    }

    @Override
    public Object getCredentials() {
        return null; // the secret never leaves this object
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    static boolean isBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The secret of a bearer request ({@link #isBearer}). */
    static String secret(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
    }

    /** Reads the bearer token, if the request has one. */
    static final class Converter implements AuthenticationConverter {
        @Override
        public Authentication convert(HttpServletRequest request) {
            return isBearer(request)
                    ? new ApiTokenAuthentication(secret(request), null)
                    : null;
        }
    }

    /** Accepts tokens that exist and are not revoked. */
    static final class Provider implements AuthenticationProvider {

        private final ApiTokens tokens;

        Provider(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String secret = ((ApiTokenAuthentication) authentication).secret;
            return tokens.authenticate(secret)
                    .map(user -> (Authentication) new ApiTokenAuthentication(null, user))
                    .orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return ApiTokenAuthentication.class.isAssignableFrom(authentication);
        }
    }
}
