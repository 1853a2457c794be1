package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.H2Database;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Structured logs, metrics, health and the API description, seen from outside. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends AppTest {

    static final String SECRET = "sk-test-NEVER-LOG-ME-7f3a9c";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        H2Database.register(registry);
        // Configured keys, as a deployment would have them: they must never reach a log line or an answer.
        registry.add("storyloom.text.api-key", () -> SECRET);
        registry.add("storyloom.image.api-key", () -> SECRET);
    }

    @Test
    void keysNeverAppearInAnswersOrConfigurationEndpoints(CapturedOutput output) {
        for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans", "/v3/api-docs",
                "/actuator/prometheus", "/actuator/health")) {
            var response = api.get(path);
            assertThat(response.text()).as(path).doesNotContain(SECRET);
        }
        assertThat(api.get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(api.get("/actuator/configprops").status()).isIn(401, 403, 404);
        String id = stories.create("Kai", 1);
        stories.awaitEnd(id);
        assertThat(output.getAll()).contains(id).doesNotContain(SECRET);
    }

    @Test
    void metricsCountProvidersStepsStoriesAndTheQueue() {
        String id = stories.create("Mats", 2);
        stories.awaitEnd(id);
        var prometheus = new Api(port).get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        String metrics = prometheus.text();
        assertThat(metrics)
                .contains("storyloom_provider_calls_seconds_count{model=\"storyloom-offline-writer\",operation=\"structured_story\",outcome=\"ok\",provider=\"offline\"}")
                .contains("storyloom_provider_calls_seconds_count{model=\"storyloom-offline-illustrator\",operation=\"image_page\",outcome=\"ok\",provider=\"offline\"}")
                .contains("storyloom_tokens_total{kind=\"completion\",model=\"storyloom-offline-writer\"}")
                .contains("storyloom_images_total{model=\"storyloom-offline-illustrator\"}")
                .contains("storyloom_generation_steps_seconds_count{outcome=\"ok\",step=\"outline\"}")
                .contains("storyloom_generation_steps_seconds_count{outcome=\"ok\",step=\"pages\"}")
                .contains("storyloom_stories{status=\"COMPLETE\"}")
                .contains("storyloom_queue_jobs{state=\"enqueued\"}");
        assertThat(metrics).containsPattern("storyloom_images_total\\{model=\"storyloom-offline-illustrator\"} [3-9]");
    }

    @Test
    void livenessAndReadinessCheckTheDatabaseAndTheQueue() {
        Api anyone = new Api(port);
        assertThat(anyone.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        var readiness = anyone.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theApiDescriptionListsEveryEndpointAndTheStatusList() {
        JsonNode docs = new Api(port).get("/v3/api-docs").json();
        Set<String> documented = new TreeSet<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("io.storyloom")
                    && !method.getBeanType().isAnnotationPresent(org.springframework.stereotype.Controller.class)) {
                info.getPathPatternsCondition().getPatternValues().forEach(pattern -> info.getMethodsCondition()
                        .getMethods().forEach(m -> served.add(m.name() + " " + pattern)));
            }
        });
        assertThat(served).isNotEmpty();
        assertThat(documented).containsAll(served);

        JsonNode status = docs.get("components").get("schemas").get("StoryStatus");
        assertThat(status.get("x-statuses").valueStream().map(s -> s.get("status").asString()).toList())
                .containsExactly("PENDING", "GENERATING_OUTLINE", "GENERATING_REFERENCE_IMAGES",
                        "GENERATING_PAGE_IMAGE_{n}", "COMPLETE", "FAILED");
        assertThat(docs.get("components").get("schemas").get("Status").get("properties").get("status").get("$ref")
                .asString()).isEqualTo("#/components/schemas/StoryStatus");
        assertThat(docs.get("components").get("schemas").get("Book").get("properties").get("status").get("$ref")
                .asString()).isEqualTo("#/components/schemas/StoryStatus");
        JsonNode create = docs.get("paths").get("/stories/").get("post").get("responses");
        assertThat(create.properties().stream().map(Map.Entry::getKey).toList())
                .contains("202", "400", "401", "413", "415", "422", "429");
        assertThat(create.get("400").get("content").get("application/problem+json").get("example").get("errors"))
                .isNotEmpty();
        assertThat(docs.get("paths").get("/stories/{id}/status").get("get").get("responses").has("404")).isTrue();
        assertThat(new Api(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
