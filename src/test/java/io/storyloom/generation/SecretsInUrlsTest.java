package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.support.Api;
import io.storyloom.support.AppProcess;
import io.storyloom.support.PostgresDatabase;
import io.storyloom.support.SeparateProcesses;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Passwords and keys written into configured URLs (the providers' base URLs, the S3 endpoint, the database
 * URL) are used but never shown: the app runs as its own process, makes a book through calls that succeed
 * and one through calls that fail, and neither its log, nor what the API tells, nor the actuator quotes them.
 */
@SeparateProcesses
class SecretsInUrlsTest {

    private static final String TEXT_PASSWORD = "text-PASSWORD-4f1c";
    private static final String TEXT_QUERY_KEY = "query-KEY-77ad";
    private static final String IMAGE_PASSWORD = "image-PASSWORD-0b9e";
    private static final String S3_SECRET = "s3-SECRET-c3d2";
    private static final String DB_PASSWORD = "db-PASSWORD-91aa";
    private static final List<String> SECRETS =
            List.of(TEXT_PASSWORD, TEXT_QUERY_KEY, IMAGE_PASSWORD, S3_SECRET, DB_PASSWORD, ProviderStubs.KEY);

    private final WireMockServer wm = new WireMockServer(ProviderStubs.server());
    private final int s3Port = freePort();
    private final LocalS3 s3 = LocalS3.builder().port(s3Port).mode(LocalS3Mode.IN_MEMORY).build();

    @AfterEach
    void stop() {
        wm.stop();
        s3.shutdown();
    }

    @Test
    void noPasswordOrKeyInAConfiguredUrlIsEverLoggedOrShown() {
        wm.start();
        s3.start();
        int port = wm.port();
        List<String> shown = new ArrayList<>();
        String log;
        try (var app = AppProcess.start("secrets-in-urls", Map.ofEntries(
                Map.entry("spring.datasource.url", PostgresDatabase.urlOf(PostgresDatabase.create())
                        + "?password=" + DB_PASSWORD),
                Map.entry("spring.datasource.username", PostgresDatabase.USER),
                Map.entry("storyloom.media.store", "s3"),
                Map.entry("storyloom.media.s3.endpoint", "http://storyloom:" + S3_SECRET + "@localhost:" + s3Port),
                Map.entry("storyloom.media.s3.bucket", "secrets"),
                Map.entry("storyloom.media.s3.path-style", "true"),
                Map.entry("storyloom.media.s3.create-bucket", "true"),
                Map.entry("storyloom.text.provider", "openai"),
                Map.entry("storyloom.text.base-url",
                        "http://storyloom:" + TEXT_PASSWORD + "@127.0.0.1:" + port + "/v1?key=" + TEXT_QUERY_KEY),
                Map.entry("storyloom.text.api-key", ProviderStubs.KEY),
                Map.entry("storyloom.image.provider", "openai"),
                Map.entry("storyloom.image.base-url", "http://storyloom:" + IMAGE_PASSWORD + "@127.0.0.1:" + port + "/v1"),
                Map.entry("storyloom.image.api-key", ProviderStubs.KEY),
                Map.entry("storyloom.image.images-per-minute", "0"),
                Map.entry("storyloom.retry.max-attempts", "2"),
                Map.entry("storyloom.retry.initial-backoff", "10ms"),
                Map.entry("storyloom.generation.image-width", "320"),
                Map.entry("storyloom.generation.image-height", "240")))) {
            var api = new Api(app.port())
                    .header("Authorization", "Bearer " + Users.token(app.port(), Users.signUp(app.port())));
            var stories = new StoryClient(api);

            // Calls that succeed, through the URLs' passwords and query key, pictures stored with the endpoint's keys.
            FakeProvidersApp.answerEverything(wm, 2, ProviderStubs::openAiChat, ProviderStubs.openAiImage(FakeProvidersApp.PNG));
            String made = stories.create("Mia", 2);
            assertThat(stories.awaitEnd(made).get("status").asString()).isEqualTo("COMPLETE");
            wm.verify(WireMock.moreThanOrExactly(1), postRequestedFor(urlPathEqualTo(FakeProvidersApp.CHAT))
                    .withQueryParam("key", WireMock.equalTo(TEXT_QUERY_KEY)));
            assertThat(api.get(stories.book(made).get("pages").get(0).get("image_url").asString()).status())
                    .isEqualTo(200);

            // Calls that fail: the connection is cut, and the HTTP client's error names the URL it called.
            wm.stubFor(post(urlPathEqualTo(FakeProvidersApp.CHAT))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            String failed = stories.create("Mia", 2);
            var end = stories.awaitEnd(failed);
            assertThat(end.get("status").asString()).isEqualTo("FAILED");
            shown.add(end.toString());
            shown.add(api.get("/stories/" + failed + "/history").text());
            shown.add(api.get("/actuator/info").text());
            shown.add(api.get("/actuator/health").text());
            log = app.log();
        }

        assertThat(log).contains("Story writer: OpenAI model", "http://***@127.0.0.1:" + port + "/v1?key=***")
                .contains("could not be reached");
        for (String secret : SECRETS) {
            assertThat(log).as("the log").doesNotContain(secret);
            assertThat(shown).as("what the API shows").allSatisfy(text -> assertThat(text).doesNotContain(secret));
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
