package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.SpeechStubs;
import io.storyloom.export.EpubChecker;
import io.storyloom.support.StoryClient;
import io.storyloom.support.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Narrated books through the real pipeline: Together writes and draws, ElevenLabs (a WireMock server
 * answering as its with-timestamps endpoint does) reads every page aloud; an edited page is read again;
 * the EPUB carries the recordings as media overlays that EPUBCheck accepts; voice and speed per book.
 */
class NarratedStoryEndToEndTest extends FakeProvidersApp {

    private static final int PAGES = 3;
    private static final String VOICE = "21m00Tcm4TlvDq8ikWAM";
    private static final String SPEECH = "/v1/text-to-speech/" + VOICE + "/with-timestamps";
    private static final WireMockServer wm = new WireMockServer(ProviderStubs.server());

    static {
        wm.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        register(registry, wm, "together");
        registry.add("storyloom.narration.provider", () -> "elevenlabs");
        registry.add("storyloom.narration.base-url", wm::baseUrl);
        registry.add("storyloom.narration.api-key", () -> ProviderStubs.KEY);
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    @BeforeEach
    void fresh() {
        wm.resetAll();
        answerEverything(wm, PAGES, ProviderStubs::togetherChat, ProviderStubs.togetherImage(PNG));
        for (int page = 1; page <= PAGES; page++) {
            speaks(VOICE, pageText(page), 2000);
        }
    }

    private static String pageText(int page) {
        return "Page " + page + ": Mia waits by the speckled egg.";
    }

    private static void speaks(String voice, String text, long millis) {
        wm.stubFor(post(urlPathEqualTo("/v1/text-to-speech/" + voice + "/with-timestamps"))
                .withRequestBody(matchingJsonPath("$.text", equalTo(text)))
                .willReturn(okJson(SpeechStubs.elevenLabs(text, millis))));
    }

    private JsonNode narration(String id) {
        var answer = api.get("/stories/" + id + "/narration");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode page(JsonNode narration, int number) {
        return narration.get("pages").valueStream().filter(p -> p.get("page").asInt() == number).findFirst().orElse(null);
    }

    @Test
    void everyPageIsReadAloudWithItsSentencesTimedAndTheCostCounted() {
        String id = stories.create(StoryAnswers.CHILD, PAGES);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        wm.verify(PAGES, postRequestedFor(urlPathEqualTo(SPEECH))
                .withHeader("xi-api-key", equalTo(ProviderStubs.KEY))
                .withRequestBody(matchingJsonPath("$.model_id", equalTo("eleven_multilingual_v2")))
                .withRequestBody(matchingJsonPath("$.voice_settings.speed", equalTo("1.0"))));
        JsonNode narration = narration(id);
        assertThat(narration.get("enabled").asBoolean()).isTrue();
        assertThat(narration.get("voice").asString()).isEqualTo(VOICE);
        assertThat(narration.get("pages").size()).isEqualTo(PAGES);
        JsonNode first = page(narration, 1);
        assertThat(first.get("duration_ms").asLong()).isEqualTo(SpeechStubs.playedMillis(2000));
        assertThat(first.get("sentences").get(0).get("start").asInt()).isZero();
        assertThat(first.get("sentences").get(0).get("end").asInt()).isEqualTo(pageText(1).length());
        var audio = api.get(first.get("audio_url").asString());
        assertThat(audio.status()).isEqualTo(200);
        assertThat(audio.header("Content-Type")).isEqualTo("audio/mpeg");
        assertThat(audio.bytes()).isEqualTo(SpeechStubs.mp3(2000));
        var none = api.get("/stories/" + id + "/pages/9/audio");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        long characters = 0;
        for (int page = 1; page <= PAGES; page++) {
            characters += pageText(page).length();
        }
        assertThat(stories.book(id).get("usage").get("narrated_characters").asLong()).isEqualTo(characters);
    }

    @Test
    void anEditedPageIsReadAgainAndTheEpubReadsAloudWithMediaOverlays() throws IOException {
        String id = stories.create(StoryAnswers.CHILD, PAGES);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        String before = page(narration(id), 2).get("audio_url").asString();
        String edited = "Mia sang to the egg. It wiggled!";
        speaks(VOICE, edited, 3000);

        var put = api.put("/stories/" + id + "/pages/2", "{\"text\": \"" + edited + "\"}");
        assertThat(put.status()).as(put.text()).isEqualTo(200);

        JsonNode again = await().atMost(Duration.ofSeconds(20)).until(() -> page(narration(id), 2),
                p -> p != null && !p.get("audio_url").asString().equals(before));
        assertThat(again.get("duration_ms").asLong()).isEqualTo(SpeechStubs.playedMillis(3000));
        assertThat(again.get("sentences").size()).isEqualTo(2);
        assertThat(again.get("sentences").get(1).get("start").asInt()).isEqualTo(edited.indexOf("It wiggled"));
        wm.verify(1, postRequestedFor(urlPathEqualTo(SPEECH)).withRequestBody(matchingJsonPath("$.text", equalTo(edited))));
        assertThat(api.get(again.get("audio_url").asString()).bytes()).isEqualTo(SpeechStubs.mp3(3000));

        var epub = api.get("/stories/" + id + "/export.epub");
        assertThat(epub.status()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(epub.bytes());
        assertThat(entries).containsKeys("EPUB/page-1.smil", "EPUB/page-2.smil", "EPUB/page-3.smil",
                "EPUB/audio/page-2.mp3");
        assertThat(entries.get("EPUB/audio/page-2.mp3")).isEqualTo(SpeechStubs.mp3(3000));
        assertThat(new String(entries.get("EPUB/page-2.smil"), StandardCharsets.UTF_8))
                .contains("page-2.xhtml#p2-s2");
        assertThat(new String(entries.get("EPUB/page-2.xhtml"), StandardCharsets.UTF_8))
                .contains("<span id=\"p2-s2\">It wiggled!</span>");
        Path file = TestFiles.newFile("narrated-", ".epub");
        Files.write(file, epub.bytes());
        var checked = EpubChecker.check(file);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
    }

    @Test
    void aBookChoosesItsVoiceAndSpeedAndBadOnesAreRefused() {
        String voice = "pNInz6obpgDQGcFmaJgB";
        for (int page = 1; page <= PAGES; page++) {
            speaks(voice, pageText(page), 1000);
        }
        Map<String, Object> request = new HashMap<>(StoryClient.request(StoryAnswers.CHILD, PAGES));
        request.put("narration", Map.of("voice", voice, "speed", 0.9));
        var created = api.postJson("/stories/", request);
        assertThat(created.status()).as(created.text()).isEqualTo(202);
        String id = created.json().get("story_id").asString();
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        wm.verify(PAGES, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + voice + "/with-timestamps"))
                .withRequestBody(matchingJsonPath("$.voice_settings.speed", equalTo("0.9"))));
        JsonNode narration = narration(id);
        assertThat(narration.get("voice").asString()).isEqualTo(voice);
        assertThat(narration.get("speed").asDouble()).isEqualTo(0.9);

        for (var bad : List.of(Map.of("voice", "../../v1/user"), Map.of("speed", 3), Map.of("speed", "fast"),
                Map.of("voice", "x".repeat(65)), Map.of("voice", 12))) {
            Map<String, Object> body = new HashMap<>(StoryClient.request(StoryAnswers.CHILD, PAGES));
            body.put("narration", bad);
            var refused = api.postJson("/stories/", body);
            assertThat(refused.status()).as(bad + " " + refused.text()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.text()).contains("narration.");
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
