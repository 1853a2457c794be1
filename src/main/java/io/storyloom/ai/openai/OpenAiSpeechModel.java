package io.storyloom.ai.openai;

import io.storyloom.ai.SpeechRequest;
import io.storyloom.ai.SpokenText;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderSpeechModel;
import java.util.List;

/**
 * OpenAI's speech endpoint ({@code gpt-4o-mini-tts} by default, or {@code tts-1}): the answer is the MP3
 * itself and says nothing of timing, so the narrator spreads the sentences over the recording's length.
 */
public final class OpenAiSpeechModel extends ProviderSpeechModel {

    public OpenAiSpeechModel(ProviderClient client, NarrationSettings settings) {
        super(client, settings);
    }

    @Override
    public boolean offersVoice(String voice) {
        return OpenAiVoices.ALL.contains(voice);
    }

    @Override
    public SpokenText speak(SpeechRequest request) {
        String model = client.endpoint().model();
        String voice = voiceOf(request);
        double speed = speedOf(request);
        byte[] audio = client.forTenant(request.tenant()).postForBytes("/audio/speech",
                new SpeechBody(model, request.text(), voice, speed, "mp3"), "speech");
        if (audio.length == 0) {
            throw client.badAnswer("The narrator sent no audio. Trying again usually helps.");
        }
        return new SpokenText(audio, "audio/mpeg", model, voice, request.text().length(), List.of());
    }
}
