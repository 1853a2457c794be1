package io.storyloom.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * What this process does, from {@code storyloom.roles}: {@code web} (the page and the API),
 * {@code worker} (runs generation jobs from the shared queue), or both (the default). Several processes
 * with different roles can share one PostgreSQL. A process without the worker role does not start
 * JobRunr's background server; one without the web role answers only {@code /actuator}.
 */
public final class Roles implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "storyloom.roles";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!of(environment).contains("worker")) {
            environment.getPropertySources().addFirst(new MapPropertySource("storyloom-roles",
                    Map.of("jobrunr.background-job-server.enabled", "false")));
        }
    }

    /** The roles of this process, lower case. */
    public static Set<String> of(Environment environment) {
        return Arrays.stream(environment.getProperty(PROPERTY, "web,worker").split(","))
                .map(role -> role.strip().toLowerCase(Locale.ROOT))
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.yml and the environment variables are read
    }
}
