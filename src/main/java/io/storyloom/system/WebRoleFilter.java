package io.storyloom.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** In a process without the {@code web} role, everything but {@code /actuator} (health, metrics) is absent. */
@Component
@Order(FilterOrder.FIRST)
class WebRoleFilter extends OncePerRequestFilter {

    private final boolean web;

    WebRoleFilter(Environment environment) {
        this.web = Roles.of(environment).contains("web");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return web || request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"This process runs Storyloom's worker role only.\"}").getBytes(StandardCharsets.UTF_8));
    }
}
