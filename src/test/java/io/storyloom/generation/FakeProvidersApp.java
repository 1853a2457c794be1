package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.support.Api;
import io.storyloom.support.CapturedConsole;
import io.storyloom.support.H2Database;
import io.storyloom.support.RememberedPasswordHashes;
import io.storyloom.support.RunningAppLocks;
import io.storyloom.support.StoryClient;
import io.storyloom.support.TestFiles;
import io.storyloom.support.Users;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole app on a random port with REAL provider adapters, pointed at a WireMock server that
 * answers as Together or OpenAI would. Each test acts as a new account through an API token.
 * Subclasses own their server and choose providers and modes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"storyloom.generation.page-concurrency=3", "storyloom.generation.image-width=320",
                "storyloom.generation.image-height=240", "storyloom.retry.max-attempts=3",
                "storyloom.retry.initial-backoff=10ms", "storyloom.retry.max-backoff=2s",
                "storyloom.http.read-timeout=5s", "storyloom.image.images-per-minute=0",
                // Every test client is the same address (loopback): room for the many accounts tests make.
                "storyloom.sign-in.checks-per-address-per-minute=100000",
                "storyloom.sign-in.sign-ups-per-address-per-hour=100000"})
@CapturedConsole
@ResourceLock(providers = RunningAppLocks.class)
@Import(RememberedPasswordHashes.class)
abstract class FakeProvidersApp {

    static final String CHAT = "/v1/chat/completions";
    static final String IMAGES = "/v1/images/generations";
    static final String EDITS = "/v1/images/edits";
    static final byte[] PNG = ProviderStubs.png(320, 256);

    @LocalServerPort
    int port;

    Api api;
    StoryClient stories;

    /** Points the app's text and image providers at the fake server. */
    static void register(DynamicPropertyRegistry registry, WireMockServer wm, String provider) {
        H2Database.register(registry);
        String media = TestFiles.newFolder("storyloom-media-").toString();
        registry.add("storyloom.media.directory", () -> media);
        registry.add("storyloom.text.provider", () -> provider);
        registry.add("storyloom.text.base-url", () -> wm.baseUrl() + "/v1");
        registry.add("storyloom.text.api-key", () -> ProviderStubs.KEY);
        registry.add("storyloom.image.provider", () -> provider);
        registry.add("storyloom.image.base-url", () -> wm.baseUrl() + "/v1");
        registry.add("storyloom.image.api-key", () -> ProviderStubs.KEY);
    }

    @BeforeEach
    void connect() {
        api = Users.newAccountClient(port);
        stories = new StoryClient(api);
    }

    /** A chat call asking for the answer of this schema, as json_schema or in JSON mode with the schema in the prompt. */
    static MappingBuilder chatFor(String schema) {
        return post(urlPathEqualTo(CHAT)).withRequestBody(askingFor(schema));
    }

    static RequestPatternBuilder chatsFor(String schema) {
        return postRequestedFor(urlEqualTo(CHAT)).withRequestBody(askingFor(schema));
    }

    private static StringValuePattern askingFor(String schema) {
        return WireMock.or(matchingJsonPath("$.response_format.json_schema.name", equalTo(schema)),
                matchingJsonPath("$.messages[0].content", containing("JSON Schema (named \"" + schema + "\")")));
    }

    /** Answers every question about an N-page book correctly, in the given provider's shape. */
    static void answerEverything(WireMockServer wm, int pages, BiFunction<String, String, String> chat, String image) {
        wm.stubFor(chatFor("structured_story").willReturn(okJson(chat.apply(StoryAnswers.story(pages), "eos"))));
        wm.stubFor(chatFor("visual_profile").willReturn(okJson(chat.apply(StoryAnswers.visualProfile(), "stop"))));
        wm.stubFor(chatFor("base_style").willReturn(okJson(chat.apply(StoryAnswers.baseStyle(), "eos"))));
        wm.stubFor(chatFor("scene_moments").willReturn(okJson(chat.apply(StoryAnswers.sceneMoments(pages), "stop"))));
        for (int page = 1; page <= pages; page++) {
            wm.stubFor(chatFor("scene_moment")
                    .withRequestBody(matchingJsonPath("$.messages[1].content",
                            com.github.tomakehurst.wiremock.client.WireMock.containing(
                                    "Choose the moment the picture of page " + page + " shows.")))
                    .willReturn(okJson(chat.apply(StoryAnswers.sceneMoment(page), "stop"))));
        }
        wm.stubFor(post(urlPathEqualTo(IMAGES)).willReturn(okJson(image)));
        wm.stubFor(post(urlPathEqualTo(EDITS)).willReturn(okJson(image)));
    }
}
