package io.storyloom.safety;

import io.storyloom.system.FilterOrder;
import io.storyloom.system.Roles;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Starts loading the safety model (about 120 MB of ONNX Runtime session, two seconds of one core) when the app
 * is first used, not when it starts: a process nobody has opened yet stays small, and a parent filling in the
 * form gives the model the seconds it needs. The first request other than {@code /actuator} (health checks
 * and scrapes are not use) starts it in the background; a review that comes sooner waits for it
 * ({@code storyloom.safety.model-wait}). A process without the web role gets no requests of its own, so it
 * loads the model as soon as it is up, ready for the jobs it takes.
 */
@Component
@Order(FilterOrder.FIRST)
class LoadModelOnFirstUse implements Filter {

    private final boolean web;
    private final Runnable load;
    private volatile boolean started;

    @Autowired
    LoadModelOnFirstUse(Environment environment) {
        this(Roles.of(environment).contains("web"), SemanticModel::load);
    }

    LoadModelOnFirstUse(boolean web, Runnable load) {
        this.web = web;
        this.load = load;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInAWorkerOnlyProcess() {
        if (!web) {
            start();
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!started && request instanceof HttpServletRequest http && !http.getRequestURI().startsWith("/actuator")) {
            start();
        }
        chain.doFilter(request, response);
    }

    private void start() {
        started = true;
        load.run();
    }
}
