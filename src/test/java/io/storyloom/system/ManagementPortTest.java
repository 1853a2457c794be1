package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without a scrape token, metrics are served only on a separate management port, to anyone who reaches it. */
@TestDatabase(TestDatabase.Kind.H2)
class ManagementPortTest extends AppTest {

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> "0");
    }

    @Test
    void metricsAndHealthAreOnTheManagementPortAndMetricsNowhereElse() {
        assertThat(managementPort).isNotEqualTo(port);
        Api management = new Api(managementPort);
        var prometheus = management.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.text()).contains("jvm_memory_used_bytes");
        assertThat(management.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(management.get("/actuator/env").status()).isIn(401, 403, 404);

        for (Api caller : new Api[] {new Api(port), api}) {
            var refused = caller.get("/actuator/prometheus");
            assertThat(refused.status()).isIn(401, 404);
            assertThat(refused.text()).doesNotContain("jvm_memory_used_bytes");
        }
    }
}
