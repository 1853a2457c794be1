package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Which settings make a process start without the AOT-processed bean definitions, and what the build's AOT
 * processing leaves out. The switch itself (and a start from those definitions) is LauncherTest's.
 */
class AotStartSettingsTest {

    /** The app's own configuration as Spring Boot names a classpath application.yml's property source. */
    private static final String OWN = "Config resource 'class path resource [application.yml]' via location "
            + "'optional:classpath:/'";

    private final StandardEnvironment environment = new StandardEnvironment();

    AotStartSettingsTest() {
        environment.getPropertySources().addLast(new MapPropertySource(OWN, Map.of(
                "management.endpoints.web.exposure.include", "health,info,prometheus,metrics",
                "jobrunr.dashboard.enabled", "false")));
    }

    @Test
    void settingsAsTheAppsOwnConfigurationHasThemKeepTheDefinitions() {
        assertThat(AotStartSettings.settingTheBuildDidNotSee(environment)).isEmpty();
    }

    @Test
    void theSameValueGivenAgainOrABlankVariableChangesNothing() {
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                "JOBRUNR_DASHBOARD_ENABLED", "false", "MANAGEMENT_SERVER_PORT", "")));

        assertThat(AotStartSettings.settingTheBuildDidNotSee(environment)).isEmpty();
    }

    @Test
    void anActuatorPortOfItsOwnOrTheDashboardOrAnotherExposureOrAProfileIsNamed() {
        Map<String, String> changes = Map.of("MANAGEMENT_SERVER_PORT", "management.server.port",
                "JOBRUNR_DASHBOARD_ENABLED", "jobrunr.dashboard.enabled",
                "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "management.endpoints.web.exposure.include",
                "SPRING_PROFILES_ACTIVE", "spring.profiles.active");
        changes.forEach((variable, key) -> {
            var changed = new StandardEnvironment();
            environment.getPropertySources().forEach(changed.getPropertySources()::addLast);
            changed.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables",
                    Map.of(variable, "9090")));

            assertThat(AotStartSettings.settingTheBuildDidNotSee(changed)).as(variable).contains(key);
        });
    }

    @Test
    void storyloomsOwnChoicesAreNotAmongThem() {
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of(
                "storyloom.text.provider", "together", "storyloom.media.store", "s3", "storyloom.roles", "web")));

        assertThat(AotStartSettings.settingTheBuildDidNotSee(environment)).isEmpty();
    }

    @Test
    void theBuildsProcessingLeavesOutTheBuildMachinesEnvironmentVariables() {
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("STORYLOOM_ROLES", "web")));
        assertThat(environment.getProperty("storyloom.roles")).isEqualTo("web");

        AotStartSettings.leaveOutTheBuildMachine(environment);

        assertThat(environment.getProperty("storyloom.roles")).isNull();
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus,metrics");
    }
}
