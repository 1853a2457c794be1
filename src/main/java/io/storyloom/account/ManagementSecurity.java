package io.storyloom.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator: health probes and info open to anyone; metrics ({@code prometheus}, {@code metrics})
 * only to a scraper presenting {@code storyloom.management.scrape-token}, or to anyone reaching a
 * separate management port ({@code management.server.port}), which the deployment keeps private.
 * Accounts (sessions or API tokens) get nothing more here than anonymous callers; other endpoints
 * are refused.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(0)
    SecurityFilterChain managementRequests(HttpSecurity http, ManagementSettings settings, Environment environment,
            ProblemResponses problems) throws Exception {
        http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus", "metrics")).access(scraper(environment))
                        .anyRequest().denyAll())
                .addFilterBefore(new ScrapeTokenFilter(settings.scrapeToken()), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.unauthorized(response,
                                "Metrics need the scrape token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> problems.forbidden(response,
                                "Not served here.")))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** The scrape token's holder, or any request that came in on a separate management port. */
    private static AuthorizationManager<RequestAuthorizationContext> scraper(Environment environment) {
        boolean separatePort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return (authentication, context) -> {
            if (separatePort && Integer.toString(context.getRequest().getLocalPort())
                    .equals(environment.getProperty("local.management.port"))) {
                return new AuthorizationDecision(true);
            }
            var who = authentication.get();
            return new AuthorizationDecision(who != null && who.getAuthorities().stream()
                    .anyMatch(a -> SCRAPER.equals(a.getAuthority())));
        };
    }

    /** Recognises the scrape token; anything else (an API token, a session) stays anonymous here. */
    private static final class ScrapeTokenFilter extends OncePerRequestFilter {

        private final byte[] token;

        ScrapeTokenFilter(String token) {
            this.token = token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (token != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                var scraper = new PreAuthenticatedAuthenticationToken("metrics-scraper", null,
                        List.of(new SimpleGrantedAuthority(SCRAPER)));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(scraper);
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
