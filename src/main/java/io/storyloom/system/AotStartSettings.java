package io.storyloom.system;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Keeps the bean definitions Spring's AOT processing writes at build time true to every process started
 * from them. The processing decides Spring Boot's conditions once, from the app's own configuration: the
 * build machine's environment variables are left out of it, so a variable set where the jar was built
 * plays no part. A process started from those definitions ({@code -Dspring.aot.enabled=true}, as
 * {@code bin/storyloom} starts it) whose settings change one of the few things those conditions read (the
 * actuator on a port of its own, JobRunr's dashboard, the exposed endpoints, a profile) starts without
 * them instead: slower, but as configured. Storyloom's own choices (providers, media store, roles) are
 * read at start-up either way.
 */
public final class AotStartSettings implements EnvironmentPostProcessor, Ordered {

    static final String PROCESSING = "spring.aot.processing";

    /** Settings Spring Boot's or JobRunr's conditions read that the configuration table documents. */
    static final List<String> DECIDED_AT_BUILD = List.of("management.server.port", "jobrunr.dashboard.enabled",
            "management.endpoints.web.exposure.include", "spring.profiles.active");

    private final Log log;

    public AotStartSettings(DeferredLogFactory logs) {
        this.log = logs.getLog(AotStartSettings.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.getBoolean(PROCESSING)) {
            leaveOutTheBuildMachine(environment);
        } else if (AotDetector.useGeneratedArtifacts()) {
            settingTheBuildDidNotSee(environment).ifPresent(key -> {
                // Read by Spring Boot after the environment is ready, when it creates the context.
                SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
                log.info("Starting without the AOT-processed bean definitions, which were made without this start's %s"
                        .formatted(key));
            });
        }
    }

    static void leaveOutTheBuildMachine(ConfigurableEnvironment environment) {
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    }

    /** The first setting of {@link #DECIDED_AT_BUILD} whose value is not the app's own configuration's. */
    static Optional<String> settingTheBuildDidNotSee(ConfigurableEnvironment environment) {
        return DECIDED_AT_BUILD.stream()
                .filter(key -> !Objects.equals(blankAsUnset(environment.getProperty(key)),
                        ownConfiguration(environment, key)))
                .findFirst();
    }

    /** The value the app's own configuration (application.yml, in the jar) gives, as the build saw it. */
    private static String ownConfiguration(ConfigurableEnvironment environment, String key) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> && source.getName().contains("class path resource")
                    && source.containsProperty(key)) {
                return blankAsUnset(environment.resolvePlaceholders(String.valueOf(source.getProperty(key))));
            }
        }
        return null;
    }

    /** An empty variable (MANAGEMENT_SERVER_PORT=) is no setting, to Spring Boot as here. */
    private static String blankAsUnset(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1; // before Roles, so the build's processing has every role
    }
}
