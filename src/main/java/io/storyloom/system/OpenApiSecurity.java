package io.storyloom.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Declares how each operation authenticates, so Swagger UI's Authorize button works and generated
 * clients send credentials: a personal API token as a Bearer token, or the page's session cookie
 * (with the CSRF header on every change). Which operations need neither is asked of the security
 * rules themselves: an operation anonymous callers may use declares no requirement, or only the
 * CSRF header where a browser form posts to it.
 */
@Component
class OpenApiSecurity implements OpenApiCustomizer {

    static final String BEARER = "bearerToken";
    static final String SESSION = "sessionCookie";
    static final String CSRF = "csrfHeader";

    // Public changes a browser's forged request cannot ride on (the token exchange needs the password itself),
    // as SecurityConfiguration exempts them from CSRF; ApiDescriptionTest checks this against the running app.
    private static final Set<String> CSRF_EXEMPT = Set.of("/auth/token");
    private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS, PathItem.HttpMethod.TRACE);
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("openapi", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

    OpenApiSecurity(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
        this.privileges = privileges;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token from POST /auth/token or the account page: "
                                + "'Authorization: Bearer <token>'. No session and no CSRF header needed."))
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                        .description("The session cookie set by signing in (POST /account/signin), as the web page uses it."))
                .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN")
                        .description("With the session cookie, every change (POST, PUT, DELETE) echoes the XSRF-TOKEN "
                                + "cookie in this header; GET /account/csrf sets the cookie."));
        WebInvocationPrivilegeEvaluator evaluator = privileges.getIfAvailable();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                declare(operation, path, method, evaluator)));
    }

    private static void declare(Operation operation, String path, PathItem.HttpMethod method,
            WebInvocationPrivilegeEvaluator evaluator) {
        boolean safe = SAFE.contains(method);
        if (evaluator != null && evaluator.isAllowed("", example(path), method.name(), ANONYMOUS)) {
            operation.setSecurity(safe || CSRF_EXEMPT.contains(path)
                    ? List.of()
                    : List.of(new SecurityRequirement().addList(CSRF)));
            return;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER),
                safe ? new SecurityRequirement().addList(SESSION)
                        : new SecurityRequirement().addList(SESSION).addList(CSRF)));
    }

    /** A real address for a path template: /stories/{id} → /stories/x. */
    private static String example(String path) {
        return path.replaceAll("\\{[^}]+}", "x");
    }
}
