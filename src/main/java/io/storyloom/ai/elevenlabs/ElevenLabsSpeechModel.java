package io.storyloom.ai.elevenlabs;

import io.storyloom.ai.SpeechRequest;
import io.storyloom.ai.SpokenText;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderSpeechModel;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ElevenLabs text to speech through its {@code with-timestamps} variant: the answer carries the MP3 as
 * base64 and when each character was spoken, which lets the reader and e-readers follow along sentence
 * by sentence. The key goes in the {@code xi-api-key} header.
 */
public final class ElevenLabsSpeechModel extends ProviderSpeechModel {

    public ElevenLabsSpeechModel(ProviderClient client, NarrationSettings settings) {
        super(client.withKeyHeader("xi-api-key"), settings);
    }

    @Override
    public SpokenText speak(SpeechRequest request) {
        String model = client.endpoint().model();
        String voice = voiceOf(request);
        double speed = speedOf(request);
        var body = new ElevenLabsRequest(request.text(), model, new ElevenLabsRequest.VoiceSettings(0.5, 0.75, speed));
        // The voice id is checked to be letters and digits before it gets here; the path needs no escaping.
        ElevenLabsAnswer answer = client.forTenant(request.tenant()).post(
                "/v1/text-to-speech/" + voice + "/with-timestamps?output_format=mp3_44100_128", body,
                ElevenLabsAnswer.class, "speech");
        if (answer.audioBase64() == null || answer.audioBase64().isEmpty()) {
            throw client.badAnswer("The narrator sent no audio. Trying again usually helps.");
        }
        byte[] audio;
        try {
            audio = Base64.getDecoder().decode(answer.audioBase64());
        } catch (IllegalArgumentException e) {
            throw client.badAnswer("The narrator sent audio that could not be read. Trying again usually helps.");
        }
        return new SpokenText(audio, "audio/mpeg", model, voice, request.text().length(), alignment(answer.alignment()));
    }

    private static List<SpokenText.CharacterTime> alignment(ElevenLabsAnswer.Alignment alignment) {
        if (alignment == null || alignment.characters() == null || alignment.characterStartTimesSeconds() == null
                || alignment.characterEndTimesSeconds() == null) {
            return List.of();
        }
        int n = Math.min(alignment.characters().size(), Math.min(alignment.characterStartTimesSeconds().size(),
                alignment.characterEndTimesSeconds().size()));
        var times = new ArrayList<SpokenText.CharacterTime>(n);
        for (int i = 0; i < n; i++) {
            times.add(new SpokenText.CharacterTime(alignment.characters().get(i),
                    alignment.characterStartTimesSeconds().get(i), alignment.characterEndTimesSeconds().get(i)));
        }
        return times;
    }
}
