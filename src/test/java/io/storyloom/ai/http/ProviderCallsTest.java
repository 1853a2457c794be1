package io.storyloom.ai.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.ProviderException.Reason;
import io.storyloom.support.CapturedConsole;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * How a provider call behaves on a real network: what is retried (429, 503, timeouts) and how long it
 * waits, what fails at once (400, 401, 402, 403, 404, 422) and what people are told, and that the key
 * never leaves the Authorization header.
 */
@CapturedConsole
@ResourceLock(Resources.SYSTEM_OUT) // captures the console
class ProviderCallsTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String OK = ProviderStubs.togetherChat("{\"title\":\"Mia\"}", "eos");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private ProviderClient client(int attempts, Duration readTimeout) {
        var endpoint = ProviderStubs.together(wm.baseUrl() + "/v1", "story writer", "meta-llama/Llama-3.3-70B-Instruct-Turbo");
        return new ProviderClient(endpoint, ProviderStubs.http(readTimeout), ProviderStubs.retry(attempts),
                CallLimits.concurrent(4));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(ProviderClient client) {
        return (Map<String, Object>) client.post("/chat/completions", Map.of("model", "m"), Map.class, "chat TEST");
    }

    private void failFirstWith(ResponseDefinitionBuilder failure) {
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(failure).willSetStateTo("recovered"));
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(okJson(OK)));
    }

    @Test
    void sendsTheKeyOnlyAsBearerTokenAndNeverLogsIt(CapturedOutput output) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(OK)));
        // A clean first try is a debug line (the models' observer logs each call's summary); show it here.
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ProviderClient.class);
        var level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            assertThat(call(client(3, Duration.ofSeconds(5)))).containsKey("choices");
        } finally {
            logger.setLevel(level);
        }

        wm.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withHeader("Content-Type", equalTo("application/json")));
        assertThat(output.getAll()).contains("Together chat TEST with meta-llama/Llama-3.3-70B-Instruct-Turbo: ok")
                .contains("0 retries").doesNotContain(ProviderStubs.KEY);
    }

    @Test
    void a429WithRetryAfterIsRetriedAfterTheWaitItAskedFor(CapturedOutput output) {
        failFirstWith(aResponse().withStatus(429).withHeader("retry-after", "1")
                .withBody(ProviderStubs.error("Rate limit exceeded for model", "rate_limit", "rate_limit_exceeded")));

        long started = System.nanoTime();
        call(client(3, Duration.ofSeconds(5)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(output.getAll()).contains("1 retries (answers: 429, 200)");
    }

    @Test
    void retryAfterMsIsHonouredToo() {
        failFirstWith(aResponse().withStatus(429).withHeader("retry-after-ms", "400")
                .withBody(ProviderStubs.error("Rate limit reached for requests", "requests", "rate_limit_exceeded")));

        long started = System.nanoTime();
        call(client(3, Duration.ofSeconds(5)));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a429WithoutRetryAfterBacksOffAndRetries() {
        failFirstWith(aResponse().withStatus(429)
                .withBody(ProviderStubs.error("You are over your credit limit for this minute", "credit_limit", null)));

        assertThat(call(client(3, Duration.ofSeconds(5)))).containsKey("choices");
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void a503IsRetried() {
        failFirstWith(aResponse().withStatus(503)
                .withBody(ProviderStubs.error("The server is overloaded", "server_error", null)));

        assertThat(call(client(3, Duration.ofSeconds(5)))).containsKey("choices");
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aTimeoutIsRetried(CapturedOutput output) {
        failFirstWith(okJson(OK).withFixedDelay(2_000));

        assertThat(call(client(3, Duration.ofSeconds(1)))).containsKey("choices");
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(output.getAll()).contains("answers: timeout, 200");
    }

    // Read timeouts here are 1 s against answers held back 2 s: on a loaded machine (the whole suite in parallel)
    // 300 ms was sometimes too short for an immediate answer, or for the request to reach the fake at all.
    private ProviderClient pictures(Duration readTimeout, Duration deadline, boolean retryTimeouts, int attempts) {
        var endpoint = new ProviderEndpoint("Together", "illustrator", java.net.URI.create(wm.baseUrl() + "/v1"),
                ProviderStubs.KEY, "black-forest-labs/FLUX.1-schnell", "STORYLOOM_IMAGE_", "together");
        return new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(attempts),
                CallLimits.concurrent(4), new CallPolicy(readTimeout, deadline, retryTimeouts));
    }

    @Test
    void aBilledCallThatTimesOutIsNotAskedAgainAndCountsTheUnansweredAttempt() {
        wm.stubFor(post(urlEqualTo("/v1/images/generations")).willReturn(okJson(OK).withFixedDelay(2_000)));

        var failure = catchThrowableOfType(ProviderException.class, () -> pictures(Duration.ofSeconds(1),
                Duration.ofMinutes(1), false, 4).post("/images/generations", Map.of("model", "m"), Map.class, "image PAGE"));

        wm.verify(1, postRequestedFor(urlEqualTo("/v1/images/generations")));
        assertThat(failure.reason()).isEqualTo(Reason.TRANSIENT);
        assertThat(failure.unansweredAttempts()).isEqualTo(1);
        assertThat(failure.getMessage()).contains("illustrator (Together) did not answer within 1 s",
                "not asked again", "charged", "STORYLOOM_IMAGE_READ_TIMEOUT");
    }

    @Test
    void aBilledCallMayBeRetriedAfterATimeoutWhenConfiguredAndCountsEveryAttempt() {
        wm.stubFor(post(urlEqualTo("/v1/images/generations")).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson(OK).withFixedDelay(2_000)).willSetStateTo("fast"));
        wm.stubFor(post(urlEqualTo("/v1/images/generations")).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(OK)));

        var answer = pictures(Duration.ofSeconds(1), Duration.ofMinutes(1), true, 4)
                .postCounted("/images/generations", Map.of("model", "m"), Map.class, "image PAGE");

        wm.verify(2, postRequestedFor(urlEqualTo("/v1/images/generations")));
        assertThat(answer.timedOutAttempts()).isEqualTo(1);
    }

    @Test
    void noRetryBeginsPastTheCallsDeadline() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503).withFixedDelay(200)
                .withBody(ProviderStubs.error("The server is overloaded", "server_error", null))));
        var endpoint = ProviderStubs.together(wm.baseUrl() + "/v1", "story writer", "m");
        var client = new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(10),
                CallLimits.concurrent(1), new CallPolicy(Duration.ofSeconds(5), Duration.ofMillis(500), true));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client));

        assertThat(failure.reason()).isEqualTo(Reason.TRANSIENT);
        assertThat(failure.getMessage()).contains("longer than 1 s in all");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSizeBetween(1, 3);
    }

    @Test
    void retriesAreCountedUnderTheProviderAsItsSettingNamesIt() {
        var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        io.micrometer.core.instrument.Metrics.addRegistry(registry);
        try {
            failFirstWith(aResponse().withStatus(503));
            var endpoint = new ProviderEndpoint("the OpenAI-compatible server", "story writer",
                    java.net.URI.create(wm.baseUrl() + "/v1"), "", "llama3.1:8b", "STORYLOOM_TEXT_", "openai-compatible");
            call(new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(3),
                    CallLimits.concurrent(1)));

            assertThat(registry.find("storyloom.provider.retries").tags("provider", "openai-compatible",
                    "model", "llama3.1:8b").counter()).isNotNull()
                    .satisfies(counter -> assertThat(counter.count()).isEqualTo(1));
        } finally {
            io.micrometer.core.instrument.Metrics.removeRegistry(registry);
        }
    }

    @Test
    void aStoryWritersRefusalNamesItsSettingsNotThePictureSize() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withBody(ProviderStubs.error("Invalid value for max_tokens", "invalid_request_error", null))));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client(4, Duration.ofSeconds(5))));

        assertThat(failure.getMessage()).contains("STORYLOOM_TEXT_MODEL", "STORYLOOM_TEXT_BASE_URL")
                .doesNotContain("picture");
    }

    @Test
    void aProviderThatStaysDownFailsAfterTheRetryBudgetWithAMessageToTryLater() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withBody(ProviderStubs.error("The server is overloaded", "server_error", null))));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client(3, Duration.ofSeconds(5))));

        assertThat(failure.reason()).isEqualTo(Reason.TRANSIENT);
        assertThat(failure.getMessage()).contains("story writer (Together)", "We tried 3 times", "press Retry");
        wm.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRetryAfterLongerThanTheLongestBackoffEndsTheCallAtOnce() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("retry-after", "120")
                .withBody(ProviderStubs.error("Too many requests", "rate_limit", null))));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client(4, Duration.ofSeconds(5))));

        assertThat(failure.reason()).isEqualTo(Reason.TRANSIENT);
        assertThat(failure.getMessage()).contains("asked us to wait 120 s");
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void anUnreachableServerIsRetriedThenReported() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var endpoint = ProviderStubs.together("http://127.0.0.1:" + closedPort + "/v1", "story writer", "m");
        var client = new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(1)), ProviderStubs.retry(2),
                CallLimits.concurrent(1));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client));

        assertThat(failure.reason()).isEqualTo(Reason.TRANSIENT);
        assertThat(failure.getMessage()).contains("could not be reached", "STORYLOOM_TEXT_BASE_URL", "We tried 2 times");
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            401 | invalid_api_key    | BAD_KEY       | did not accept Storyloom's API key;STORYLOOM_TEXT_API_KEY
            402 | payment_required   | NO_CREDIT     | no credit left;add credit
            404 | model_not_found    | UNKNOWN_MODEL | does not know the model "meta-llama/Llama-3.3-70B-Instruct-Turbo";STORYLOOM_TEXT_MODEL
            400 | invalid_request    | REJECTED      | refused the request (error 400);It said
            403 | context_too_long   | REJECTED      | refused the request (error 403)
            422 | unprocessable      | REJECTED      | refused the request (error 422)
            """)
    void clientErrorsFailAtOnceSayingWhatToFix(int status, String code, Reason reason, String expected,
            CapturedOutput output) {
        // OpenAI echoes part of a wrong key; Together may echo it whole. Neither may reach a parent or the log.
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status).withBody(ProviderStubs.error(
                "Request refused for key " + ProviderStubs.KEY + " (sk-proj-abc***xyz)", "invalid_request_error", code))));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client(4, Duration.ofSeconds(5))));

        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure.getMessage()).contains(expected.split(";"))
                .doesNotContain(ProviderStubs.KEY).doesNotContain("sk-proj-abc");
        assertThat(failure.getMessage().length()).isLessThan(500); // fits the story's status_message
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(output.getAll()).doesNotContain(ProviderStubs.KEY);
    }

    @Test
    void anImageSafetyRefusalIsReportedAsSuch() {
        wm.stubFor(post(urlEqualTo("/v1/images/generations")).willReturn(aResponse().withStatus(422).withBody(
                ProviderStubs.error("NSFW content detected. Try a different prompt.", "invalid_request_error", null))));
        var endpoint = ProviderStubs.together(wm.baseUrl() + "/v1", "illustrator", "black-forest-labs/FLUX.1-schnell");
        var client = new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(3),
                CallLimits.of(2, 0));

        var failure = catchThrowableOfType(ProviderException.class,
                () -> client.post("/images/generations", Map.of("prompt", "p"), Map.class, "image PAGE"));

        assertThat(failure.reason()).isEqualTo(Reason.SAFETY);
        assertThat(failure.getMessage()).contains("safety filter", "picture", "Changing the story idea");
    }

    @Test
    void openAisOutOfQuota429IsNoCreditAndNotRetried() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withBody(ProviderStubs.error(
                "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota",
                "insufficient_quota"))));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client(4, Duration.ofSeconds(5))));

        assertThat(failure.reason()).isEqualTo(Reason.NO_CREDIT);
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void anAnswerThatIsNotJsonIsABadAnswer() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));

        var failure = catchThrowableOfType(ProviderException.class, () -> call(client(3, Duration.ofSeconds(5))));

        assertThat(failure.reason()).isEqualTo(Reason.BAD_ANSWER);
        assertThat(failure.getMessage()).doesNotContain("gateway");
    }

    @Test
    void aLocalServerWithoutKeyGetsNoAuthorizationHeader() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(OK)));
        var endpoint = new ProviderEndpoint("the OpenAI-compatible server", "story writer",
                java.net.URI.create(wm.baseUrl() + "/v1"), "", "llama3.1:8b", "STORYLOOM_TEXT_");
        var client = new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(1),
                CallLimits.concurrent(1));

        call(client);

        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withoutHeader("Authorization"));
    }
}
