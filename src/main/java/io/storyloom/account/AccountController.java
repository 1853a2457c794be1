package io.storyloom.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accounts and personal API tokens. Signing in and out is Spring Security's form login at
 * {@code POST /account/signin} (fields {@code email}, {@code password}) and {@code POST /account/signout}.
 */
@RestController
@Tag(name = "Account", description = "Sign up, who am I, personal API tokens, download or delete my data")
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final AuthenticationManager authentication;
    private final SignInThrottle throttle;
    private final AccountDeletion deletion;
    private final AccountExport export;
    private final Clock clock;

    AccountController(AccountService accounts, ApiTokens tokens, AuthenticationManager authentication,
            SignInThrottle throttle, AccountDeletion deletion, AccountExport export, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.authentication = authentication;
        this.throttle = throttle;
        this.deletion = deletion;
        this.export = export;
        this.clock = clock;
    }

    @PostMapping("/account/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account", description = "Then sign in with POST /account/signin. "
            + "Limited per client address (429 with Retry-After).")
    AccountView signUp(@Valid @RequestBody SignUpRequest request, HttpServletRequest http) {
        throttle.beforeSignUp(SignInSource.of(http));
        Account account = accounts.signUp(request);
        return new AccountView(account.id(), account.email(), account.displayName());
    }

    @GetMapping("/account/me")
    @Operation(summary = "The signed-in account")
    AccountView me(@AuthenticationPrincipal SignedInUser user) {
        accounts.find(user.id()).orElseThrow(AccountGoneException::new); // a session that outlived its account
        return AccountView.of(user);
    }

    @DeleteMapping("/account")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my account and everything in it",
            description = "Needs the account's password again. Books, pages, their history, pictures, share links, "
                    + "API tokens and sessions are all deleted; books being made stop. Cannot be undone: "
                    + "download the data first with GET /account/export.")
    void delete(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody DeleteAccountRequest request,
            HttpServletRequest httpRequest, HttpServletResponse httpResponse) {
        try {
            // Through the sign-in checks, throttling included: a stolen session cannot guess the password here.
            var credentials = UsernamePasswordAuthenticationToken.unauthenticated(user.email(), request.password());
            credentials.setDetails(SignInSource.of(httpRequest));
            authentication.authenticate(credentials);
        } catch (BadCredentialsException wrong) {
            throw new WrongPasswordException();
        }
        deletion.delete(user.id());
        new SecurityContextLogoutHandler().logout(httpRequest, httpResponse,
                SecurityContextHolder.getContext().getAuthentication());
    }

    @GetMapping("/account/export")
    @Operation(summary = "Download all my data as a zip",
            description = "account.json (the account, API tokens without their secrets, every book with its pages, "
                    + "status history and page revisions) and the pictures under pictures/. Streamed as it is read.")
    @ApiResponse(responseCode = "200", description = "The zip",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    void export(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Account account = accounts.find(user.id()).orElseThrow(AccountGoneException::new);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("storyloom-data-" + LocalDate.now(clock) + ".zip").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(account, response.getOutputStream());
    }

    @GetMapping("/account/csrf")
    @Operation(summary = "Sets the CSRF cookie a browser session must echo with every change",
            description = "Send the value of the cookie named cookie_name back in the header named header_name. "
                    + "Not needed with an API token.")
    Map<String, String> csrf(@Parameter(hidden = true) CsrfToken token) {
        if (token == null) {
            // Requests with an API token pass a chain without CSRF protection: there is no token to hand out.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Requests with an API token need no CSRF token; it is for signed-in browser sessions.");
        }
        token.getToken(); // reading the token makes Spring Security write its cookie on this response
        return Map.of("header_name", token.getHeaderName(), "cookie_name", "XSRF-TOKEN");
    }

    @GetMapping("/account/tokens")
    @Operation(summary = "My API tokens (without their secrets)")
    List<TokenView> listTokens(@AuthenticationPrincipal SignedInUser user) {
        return tokens.list(user.id()).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @PostMapping("/account/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token", description = "The token is shown in this answer only; keep it safe.")
    TokenView createToken(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewTokenRequest request) {
        var created = tokens.create(user.id(), request.name());
        return TokenView.of(created.token(), created.secret());
    }

    @PostMapping("/auth/token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange email and password for an API token, for scripts",
            description = "Throttled like sign-in. The token is shown in this answer only.")
    TokenView exchange(@Valid @RequestBody TokenExchangeRequest request, HttpServletRequest http) {
        var credentials = UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password());
        credentials.setDetails(SignInSource.of(http));
        var signedIn = authentication.authenticate(credentials);
        var created = tokens.create(((SignedInUser) signedIn.getPrincipal()).id(), request.name());
        return TokenView.of(created.token(), created.secret());
    }

    @DeleteMapping("/account/tokens/{tokenId}")
    @Operation(summary = "Revoke an API token")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID tokenId) {
        if (!tokens.revoke(user.id(), tokenId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no API token with that id.");
        }
        return ResponseEntity.noContent().build();
    }

    /** Confirms deleting the account with its password. */
    record DeleteAccountRequest(@NotBlank @Size(max = 64) String password) {

        @Override
        public String toString() {
            return "DeleteAccountRequest[]";
        }
    }

    record NewTokenRequest(@NotBlank @Size(max = 60) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$") String name) {
    }

    record TokenExchangeRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 64) String password,
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[^\\x00-\\x1F\\x7F]*$") String name) {

        @Override
        public String toString() {
            return "TokenExchangeRequest[email=" + email + "]";
        }
    }

    /** A token as listed; {@code token} is the secret, present only right after creation. */
    record TokenView(UUID id, String name, String token, String tokenHint, OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt) {

        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.id(), t.name(), secret, t.tokenHint(), t.createdAt(), t.lastUsedAt());
        }
    }
}
