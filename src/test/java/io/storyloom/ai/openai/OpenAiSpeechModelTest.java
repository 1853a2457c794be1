package io.storyloom.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.SpeechRequest;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.SpeechStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OpenAI's speech endpoint: the documented body with a bearer key, the MP3 answer taken as it is. */
class OpenAiSpeechModelTest {

    private static final String PATH = "/v1/audio/speech";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private OpenAiSpeechModel model(String modelId, String voice) {
        var settings = new NarrationSettings(NarrationSettings.Provider.OPENAI, wm.baseUrl() + "/v1", ProviderStubs.KEY,
                modelId, voice, 1.0, 2);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(5)),
                ProviderStubs.retry(3), CallLimits.concurrent(2));
        return new OpenAiSpeechModel(client, settings);
    }

    @Test
    void sendsModelInputVoiceSpeedAndMp3AndTakesTheAudio() {
        byte[] mp3 = SpeechStubs.mp3(1500);
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(mp3)));

        var spoken = model(null, null).speak(new SpeechRequest("Mia found an egg.", null, 1.1, "account-1"));

        assertThat(spoken.audio()).isEqualTo(mp3);
        assertThat(spoken.mediaType()).isEqualTo("audio/mpeg");
        assertThat(spoken.model()).isEqualTo("gpt-4o-mini-tts");
        assertThat(spoken.voice()).isEqualTo("alloy");
        assertThat(spoken.alignment()).isEmpty();
        wm.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withRequestBody(equalToJson("""
                        {"model":"gpt-4o-mini-tts","input":"Mia found an egg.","voice":"alloy","speed":1.1,
                         "response_format":"mp3"}
                        """)));
    }

    @Test
    void tts1AndABooksVoice() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(SpeechStubs.mp3(500))));

        var spoken = model("tts-1", "nova").speak(new SpeechRequest("Hello.", "coral", null, null));

        assertThat(spoken.model()).isEqualTo("tts-1");
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"model":"tts-1","input":"Hello.","voice":"coral","speed":1.0,"response_format":"mp3"}
                """)));
    }

    @Test
    void knowsItsVoices() {
        assertThat(model(null, null).offersVoice("coral")).isTrue();
        assertThat(model(null, null).offersVoice("verse")).isTrue();
        assertThat(model(null, null).offersVoice("21m00Tcm4TlvDq8ikWAM")).isFalse();
    }
}
