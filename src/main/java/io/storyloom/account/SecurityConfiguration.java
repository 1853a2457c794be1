package io.storyloom.account;

import io.micrometer.core.instrument.MeterRegistry;
import io.storyloom.system.FilterOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. The page signs in with a session cookie (CSRF-protected); scripts send a personal
 * API token as {@code Authorization: Bearer …} (no session, no CSRF). Everything but the page's
 * assets, sign-up/sign-in, share links, the status list, the request limits and health needs one of
 * the two; anonymous API calls get 401 problem+json, anonymous browsers the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    // No inline script anywhere; pictures only from ourselves (and blob:/data: for downloads and previews).
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; media-src 'self' blob:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Security's own observations are switched off in application.yml, which makes them no-ops but still
     * wraps every filter of every request to make them; saying so here leaves the filters unwrapped. Read when
     * the app starts (not by a {@code @Conditional}, which Spring's AOT processing would decide at build time).
     */
    @Bean
    static SecurityObservationSettings securityObservations(Environment environment) {
        return environment.getProperty("management.observations.enable.spring.security", Boolean.class, true)
                ? SecurityObservationSettings.withDefaults().build()
                : SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashes.encoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwords,
            SignInThrottle throttle, ApiTokens tokens) {
        var passwordProvider = new DaoAuthenticationProvider(users);
        passwordProvider.setPasswordEncoder(passwords);
        passwordProvider.setUserDetailsPasswordService(users); // upgrades older hashes on sign-in
        return new ProviderManager(List.of(new ThrottledPasswordAuthentication(passwordProvider, throttle),
                new ApiTokenAuthentication.Provider(tokens)));
    }

    /**
     * Requests carrying an API token: no session, no CSRF (a browser never sends the header by itself),
     * nothing but the token. Scripts polling a status many times a second do not even pay for this chain:
     * their reads are answered in front of it ({@link #tokenReadShortcuts}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiTokenRequests(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemResponses problems) throws Exception {
        var bearer = new AuthenticationFilter(authenticationManager, new ApiTokenAuthentication.Converter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler((request, response, e) ->
                problems.unauthorized(response, ApiTokenAuthentication.UNKNOWN));
        http
                .securityMatcher(ApiTokenAuthentication::isBearer)
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.unauthorized(response,
                                ApiTokenAuthentication.UNKNOWN))
                        .accessDeniedHandler((request, response, e) -> problems.forbidden(response,
                                "This API token may not do that.")))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * GETs with a valid API token that a {@link TokenReadShortcut} answers (a story's status), answered in
     * front of the HTTP observation (counted in its timers), the session filter and the chains above.
     */
    @Bean
    FilterRegistrationBean<TokenReadShortcuts> tokenReadShortcuts(ApiTokens tokens,
            ObjectProvider<TokenReadShortcut> shortcuts, @Qualifier("apiTokenRequests") SecurityFilterChain chain,
            ProblemResponses problems, MeterRegistry registry, ObservationProperties observations) {
        var meters = new ObservedMeters(registry, observations.getHttp().getServer().getRequests().getName());
        var registration = new FilterRegistrationBean<>(new TokenReadShortcuts(tokens,
                shortcuts.orderedStream().toList(), TokenReadShortcuts.headerWriter(chain), problems, meters));
        registration.setOrder(FilterOrder.TOKEN_READ_SHORTCUTS);
        return registration;
    }

    /** The page: a session cookie from signing in, with SPA-style CSRF protection on every change. */
    @Bean
    @Order(2)
    SecurityFilterChain browserRequests(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemResponses problems, JsonMapper json, SignInThrottle throttle) throws Exception {
        RequestMatcher browser = browserPage();
        http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                // A token exchange needs the password itself, and sets no session a forged request could ride on.
                // The page reads the XSRF-TOKEN cookie (so not HttpOnly); Secure over HTTPS (the repository's default).
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfCookie()).ignoringRequestMatchers("/auth/token"))
                .formLogin(form -> form
                        .loginPage("/signin")
                        .loginProcessingUrl("/account/signin")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .authenticationDetailsSource(SignInSource::of)
                        .successHandler((request, response, authentication) -> {
                            var user = (SignedInUser) authentication.getPrincipal();
                            throttle.rememberDevice(user.email(), SignInSource.from(authentication.getDetails()))
                                    .ifPresent(device -> DeviceCookie.write(request, response, device,
                                            throttle.rememberDevicesFor()));
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            json.writeValue(response.getOutputStream(), AccountView.of(user));
                        })
                        .failureHandler((request, response, e) -> {
                            if (e instanceof SignInThrottledException throttled) {
                                problems.tooManyAttempts(response, throttled);
                            } else {
                                problems.write(response, 401, "Sign-in failed", "Wrong email or password.",
                                        Map.of());
                            }
                        })
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/account/signout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/signin"), browser)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.unauthorized(response,
                                "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."),
                                request -> true)
                        .accessDeniedHandler((request, response, e) -> problems.forbidden(response,
                                "This change needs the page's CSRF token (reload the page) or an API token.")))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * What needs no sign-in: the page's files, signing up and in, share links, the published lists, API docs.
     * The actuator has its own chain ({@link ManagementSecurity}).
     */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/signin", "/signup", "/s/**",
                        "/assets/**", "/favicon.ico", "/favicon.svg").permitAll()
                .requestMatchers(HttpMethod.GET, "/account/csrf", "/shared/**", "/stories/statuses", "/stories/limits",
                        "/media/signed",
                        "/art-styles/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/account/signup", "/auth/token").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/error").permitAll()
                .anyRequest().authenticated();
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        var repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /** A browser navigating to a page (not the page's own fetch calls, which ask for JSON). */
    private static RequestMatcher browserPage() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return request -> HttpMethod.GET.matches(request.getMethod()) && html.matches(request);
    }
}
