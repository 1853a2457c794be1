package io.storyloom.ai.elevenlabs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.SpeechRequest;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.SpeechStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ElevenLabs text to speech with timestamps: the key in xi-api-key, the documented body, audio and alignment read. */
class ElevenLabsSpeechModelTest {

    private static final String VOICE = "21m00Tcm4TlvDq8ikWAM";
    private static final String PATH = "/v1/text-to-speech/" + VOICE + "/with-timestamps";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private ElevenLabsSpeechModel model() {
        var settings = new NarrationSettings(NarrationSettings.Provider.ELEVENLABS, wm.baseUrl(), ProviderStubs.KEY,
                null, null, 1.0, 2);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(5)),
                ProviderStubs.retry(3), CallLimits.concurrent(2));
        return new ElevenLabsSpeechModel(client, settings);
    }

    @Test
    void sendsTheDocumentedRequestAndReadsAudioAndCharacterTimes() {
        String text = "Mia found an egg. It was warm!";
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(SpeechStubs.elevenLabs(text, 2000))));

        var spoken = model().speak(new SpeechRequest(text, null, 0.9, "account-1"));

        assertThat(spoken.audio()).isEqualTo(SpeechStubs.mp3(2000));
        assertThat(spoken.mediaType()).isEqualTo("audio/mpeg");
        assertThat(spoken.model()).isEqualTo("eleven_multilingual_v2");
        assertThat(spoken.voice()).isEqualTo(VOICE);
        assertThat(spoken.characters()).isEqualTo(text.length());
        assertThat(spoken.alignment()).hasSize(text.length());
        assertThat(spoken.alignment().getFirst().character()).isEqualTo("M");
        assertThat(spoken.alignment().getLast().end()).isGreaterThan(1.9);
        wm.verify(1, postRequestedFor(urlEqualTo(PATH + "?output_format=mp3_44100_128"))
                .withHeader("xi-api-key", equalTo(ProviderStubs.KEY))
                .withHeader("Authorization", absent())
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"text":"Mia found an egg. It was warm!","model_id":"eleven_multilingual_v2",
                         "voice_settings":{"stability":0.5,"similarity_boost":0.75,"speed":0.9}}
                        """)));
    }

    @Test
    void aBooksOwnVoiceGoesInThePath() {
        wm.stubFor(post(urlPathEqualTo("/v1/text-to-speech/pNInz6obpgDQGcFmaJgB/with-timestamps"))
                .willReturn(okJson(SpeechStubs.elevenLabs("Hello.", 500))));

        var spoken = model().speak(new SpeechRequest("Hello.", "pNInz6obpgDQGcFmaJgB", null, null));

        assertThat(spoken.voice()).isEqualTo("pNInz6obpgDQGcFmaJgB");
    }

    @Test
    void aRefusedKeyIsAProviderErrorWithoutTheKey() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("""
                {"detail":{"status":"invalid_api_key","message":"Invalid API key"}}
                """)));

        assertThatThrownBy(() -> model().speak(new SpeechRequest("Hello.", null, null, null)))
                .isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ProviderStubs.KEY));
    }

    @Test
    void anAnswerWithoutAudioIsABadAnswer() {
        wm.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"alignment\":null}")));

        assertThatThrownBy(() -> model().speak(new SpeechRequest("Hello.", null, null, null)))
                .isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).reason()).isEqualTo(ProviderException.Reason.BAD_ANSWER);
    }
}
