package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.SpeechStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A book read aloud by OpenAI's speech endpoint (a WireMock server answering with MP3 as OpenAI does):
 * the documented request per page, and the sentences spread over each recording, since OpenAI gives no
 * timing.
 */
class OpenAiNarratedStoryEndToEndTest extends FakeProvidersApp {

    private static final int PAGES = 2;
    private static final String SPEECH = "/v1/audio/speech";
    private static final WireMockServer wm = new WireMockServer(ProviderStubs.server());

    static {
        wm.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        register(registry, wm, "together");
        registry.add("storyloom.narration.provider", () -> "openai");
        registry.add("storyloom.narration.base-url", () -> wm.baseUrl() + "/v1");
        registry.add("storyloom.narration.api-key", () -> ProviderStubs.KEY);
        registry.add("storyloom.narration.voice", () -> "coral");
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    @Test
    void everyPageIsSpokenWithTheDocumentedRequestAndItsSentencesShareTheRecording() {
        answerEverything(wm, PAGES, ProviderStubs::togetherChat, ProviderStubs.togetherImage(PNG));
        wm.stubFor(post(urlEqualTo(SPEECH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(SpeechStubs.mp3(2500))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        for (int page = 1; page <= PAGES; page++) {
            wm.verify(1, postRequestedFor(urlEqualTo(SPEECH))
                    .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                    .withRequestBody(matchingJsonPath("$.input", equalTo("Page " + page + ": Mia waits by the speckled egg.")))
                    .withRequestBody(equalToJson("""
                            {"model":"gpt-4o-mini-tts","voice":"coral","speed":1.0,"response_format":"mp3"}
                            """, true, true)));
        }
        JsonNode narration = api.get("/stories/" + id + "/narration").json();
        assertThat(narration.get("voice").asString()).isEqualTo("coral");
        assertThat(narration.get("pages").size()).isEqualTo(PAGES);
        JsonNode first = narration.get("pages").get(0);
        long played = SpeechStubs.playedMillis(2500);
        assertThat(first.get("duration_ms").asLong()).isEqualTo(played);
        JsonNode sentence = first.get("sentences").get(0);
        assertThat(sentence.get("begin_ms").asLong()).isZero();
        assertThat(sentence.get("end_ms").asLong()).isEqualTo(played);
        assertThat(api.get(first.get("audio_url").asString()).bytes()).isEqualTo(SpeechStubs.mp3(2500));
    }

    @Test
    void aVoiceOpenAiDoesNotOfferIsRefusedBeforeTheBookIsMade() {
        var body = new java.util.HashMap<>(io.storyloom.support.StoryClient.request(StoryAnswers.CHILD, PAGES));
        body.put("narration", java.util.Map.of("voice", "21m00Tcm4TlvDq8ikWAM"));

        var refused = api.postJson("/stories/", body);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("narration.voice");
        assertThat(api.get("/stories").json().get("total_items").asInt()).isZero();
    }
}
