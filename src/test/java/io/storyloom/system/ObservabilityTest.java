package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.CapturedConsole;
import io.storyloom.support.StoryClient;
import io.storyloom.support.TestDatabase;
import io.storyloom.support.Users;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Structured logs, metrics, health and the API description, seen from outside. */
@CapturedConsole
@TestDatabase(TestDatabase.Kind.H2)
class ObservabilityTest extends AppTest {

    static final String SECRET = "sk-test-NEVER-LOG-ME-7f3a9c";
    static final String SCRAPE_TOKEN = "scrape-test-token-0123456789abcdef";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        // Configured keys, as a deployment would have them: they must never reach a log line or an answer.
        registry.add("storyloom.text.api-key", () -> SECRET);
        registry.add("storyloom.image.api-key", () -> SECRET);
        registry.add("storyloom.management.scrape-token", () -> SCRAPE_TOKEN);
    }

    /** The metrics scraper, as Prometheus would call with its bearer token. */
    private Api scraper() {
        return new Api(port).header("Authorization", "Bearer " + SCRAPE_TOKEN);
    }

    @Test
    void keysNeverAppearInAnswersOrConfigurationEndpoints(CapturedOutput output) {
        for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans", "/v3/api-docs",
                "/actuator/prometheus", "/actuator/metrics", "/actuator/health")) {
            for (Api caller : List.of(api, scraper())) {
                var response = caller.get(path);
                assertThat(response.text()).as(path).doesNotContain(SECRET);
            }
        }
        assertThat(scraper().get("/actuator/prometheus").status()).isEqualTo(200);
        for (Api caller : List.of(api, scraper())) {
            assertThat(caller.get("/actuator/env").status()).isIn(401, 403, 404);
            assertThat(caller.get("/actuator/configprops").status()).isIn(401, 403, 404);
        }
        String id = stories.create("Kai", 1);
        stories.awaitEnd(id);
        assertThat(output.getAll()).contains(id).doesNotContain(SECRET);
    }

    @Test
    void metricsCountProvidersStepsStoriesAndTheQueue() {
        String id = stories.create("Mats", 2);
        stories.awaitEnd(id);
        var prometheus = scraper().get("/actuator/prometheus");
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
    void metricsAreForTheScraperOnlyWhileHealthStaysOpen() {
        Api anonymous = new Api(port);
        Api wrongToken = new Api(port).header("Authorization", "Bearer " + SCRAPE_TOKEN + "x");
        Api browser = new Api(port);
        Users.csrf(browser);
        String email = Users.signUp(port);
        assertThat(browser.form("/account/signin", "email=" + email + "&password=" + Users.PASSWORD.replace(" ", "+"),
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")).status()).isEqualTo(200);
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used")) {
            for (var caller : Map.of("anonymous", anonymous, "wrong token", wrongToken, "account token", api,
                    "signed-in session", browser).entrySet()) {
                var refused = caller.getValue().get(path);
                assertThat(refused.status()).as(caller.getKey() + " " + path).isEqualTo(401);
                assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(refused.text()).doesNotContain("jvm_", "storyloom_");
            }
            assertThat(scraper().get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(scraper().get("/actuator/metrics/jvm.memory.used").json().get("name").asString())
                .isEqualTo("jvm.memory.used");
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
        }
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

    @Test
    void theDescriptionNamesEveryFieldAsItIsSent() {
        JsonNode schemas = new Api(port).get("/v3/api-docs").json().get("components").get("schemas");
        Set<String> names = new TreeSet<>();
        schemas.properties().forEach(schema -> {
            if (schema.getValue().has("properties")) {
                schema.getValue().get("properties").propertyNames().forEach(name -> names.add(schema.getKey() + "." + name));
            }
        });
        assertThat(names).contains("StoryRequest.page_count", "StoryRequest.art_style", "FieldLimits.max_length")
                .allSatisfy(name -> assertThat(name.substring(name.indexOf('.') + 1)).as(name).matches("[a-z0-9_]+"));
    }

    /**
     * Each operation declares the credentials the running app really asks for: the Bearer token or the
     * session cookie (with the CSRF header on changes), nothing where anyone may call it, and only the
     * CSRF header where a public browser form posts. Also leaves the document at target/openapi.json
     * for bin/lint-openapi.
     */
    @Test
    void everyOperationDeclaresTheCredentialsTheRunningAppAsksFor() throws IOException {
        JsonNode docs = new Api(port).get("/v3/api-docs").json();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), docs.toPrettyString());

        JsonNode schemes = docs.get("components").get("securitySchemes");
        assertThat(schemes.get("bearerToken").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("sessionCookie").get("in").asString() + " " + schemes.get("sessionCookie").get("name")
                .asString()).isEqualTo("cookie JSESSIONID");
        assertThat(schemes.get("csrfHeader").get("in").asString() + " " + schemes.get("csrfHeader").get("name")
                .asString()).isEqualTo("header X-XSRF-TOKEN");

        Api anonymous = new Api(port);
        anonymous.get("/account/csrf");
        String csrf = anonymous.cookie("XSRF-TOKEN");
        List<String> open = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String method = entry.getKey().toUpperCase();
            String where = method + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String declared = operation.has("security") ? operation.get("security").toString() : "(none)";
            String address = path.getKey().replace("{id}", "00000000-0000-0000-0000-000000000001")
                    .replaceAll("\\{[^}]+}", "1");
            boolean safe = method.equals("GET");
            int withoutSignIn = safe ? anonymous.get(address).status()
                    : anonymous.sendBytes(address, method, "{}".getBytes(), "application/json", "X-XSRF-TOKEN", csrf)
                            .status();
            if (withoutSignIn == 401) {
                assertThat(declared).as(where).isEqualTo(safe
                        ? "[{\"bearerToken\":[]},{\"sessionCookie\":[]}]"
                        : "[{\"bearerToken\":[]},{\"sessionCookie\":[],\"csrfHeader\":[]}]");
                assertThat(operation.get("responses").has("401")).as(where + " documents its 401").isTrue();
                if (safe) {
                    assertThat(api.get(address).status()).as(where + " with the Bearer token").isNotEqualTo(401);
                }
                return;
            }
            open.add(where);
            assertThat(operation.get("responses").has("401")).as(where + " documents no 401").isFalse();
            if (safe) {
                assertThat(declared).as(where).isEqualTo("[]");
            } else {
                int withoutCsrf = anonymous.sendBytes(address, method, "{}".getBytes(), "application/json").status();
                assertThat(declared).as(where).isEqualTo(withoutCsrf == 403 ? "[{\"csrfHeader\":[]}]" : "[]");
            }
        }));
        assertThat(open).contains("GET /stories/statuses", "GET /stories/limits", "GET /art-styles",
                "GET /shared/{token}", "POST /account/signup", "POST /auth/token", "GET /account/csrf", "GET /media/signed");
    }

    /**
     * Status polls answered in front of the observation (account.TokenReadShortcuts) are counted in its own
     * timers, once each: a poll, and a refusal of an unknown token, as the controller and the chain would be.
     */
    @Test
    void statusPollsWithATokenAreCountedOnceEachUnderTheirRoute(@Autowired MeterRegistry registry,
            @Autowired @Qualifier("tokenReadShortcuts") FilterRegistrationBean<?> shortcuts) throws Exception {
        String secret = api.postJson("/account/tokens", Map.of("name", "poller")).json().get("token").asString();
        Api poller = new Api(port).header("Authorization", "Bearer " + secret);
        String id = poller.postJson("/stories/", StoryClient.request("Ada", 1)).json()
                .get("story_id").asString();
        String status = "/stories/" + id + "/status";
        Api forger = new Api(port).header("Authorization", "Bearer slt_forged");
        assertThat(poller.get(status).status()).isEqualTo(200);
        assertThat(forger.get(status).status()).isEqualTo(401);
        // The first of each was observed in full; it is counted once its answer has gone.
        Timer polls = await().atMost(Duration.ofSeconds(5)).until(() -> registry.find("http.server.requests")
                .tags("method", "GET", "uri", "/stories/{id}/status", "status", "200").timer(), Objects::nonNull);
        Timer refusals = await().atMost(Duration.ofSeconds(5)).until(() -> registry.find("http.server.requests")
                .tags("method", "GET", "uri", "UNKNOWN", "status", "401").timer(), Objects::nonNull);
        long pollsBefore = polls.count();
        long refusalsBefore = refusals.count();

        for (int i = 0; i < 5; i++) {
            assertThat(poller.get(status).status()).isEqualTo(200);
        }
        assertThat(poller.get(status + "?from=controller").status()).isEqualTo(200); // observed in full, once
        assertThat(forger.get(status).status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(polls.count()).isEqualTo(pollsBefore + 6);
            assertThat(refusals.count()).isEqualTo(refusalsBefore + 1);
        });

        // Answered by the shortcut itself, which never passes them on to the observation, and counted all the same
        // (once it has looked for the timers again: at most once a second after not finding them).
        for (String token : List.of(secret, "slt_forged")) {
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                var request = new MockHttpServletRequest("GET", status);
                request.addHeader("Authorization", "Bearer " + token);
                var response = new MockHttpServletResponse();
                shortcuts.getFilter().doFilter(request, response, (req, res) -> {
                    throw new AssertionError("passed on to the observation and the chain");
                });
                assertThat(response.getStatus()).isEqualTo(token.equals(secret) ? 200 : 401);
            });
        }
        assertThat(polls.count()).isEqualTo(pollsBefore + 7);
        assertThat(refusals.count()).isEqualTo(refusalsBefore + 2);
        assertThat(scraper().get("/actuator/prometheus").text()).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/stories/\\{id}/status\"");
        stories.awaitEnd(id);
    }

    /** Pollers keep one connection: it is not closed after Tomcat's default of 100 requests. */
    @Test
    void aKeptAliveConnectionServesManyRequests() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            var in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            for (int i = 1; i <= 150; i++) {
                out.write("GET /favicon.svg HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(in);
                assertThat(head).as("response %d", i).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("connection: close");
                var length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
                assertThat(length.find()).as("Content-Length of response %d", i).isTrue();
                in.readFully(new byte[Integer.parseInt(length.group(1))]);
            }
        }
    }

    private static String readHead(DataInputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed after: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
