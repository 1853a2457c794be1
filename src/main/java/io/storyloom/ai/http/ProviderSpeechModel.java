package io.storyloom.ai.http;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.SpeechRequest;

/** What every narrator reached over HTTP shares: its client, and the voice and speed a book did not choose. */
public abstract class ProviderSpeechModel implements SpeechModel {

    protected final ProviderClient client;
    private final NarrationSettings settings;

    protected ProviderSpeechModel(ProviderClient client, NarrationSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public String defaultVoice() {
        return settings.defaultVoice();
    }

    @Override
    public double defaultSpeed() {
        return settings.speed();
    }

    @Override
    public String modelId() {
        return client.endpoint().model();
    }

    protected String voiceOf(SpeechRequest request) {
        return request.voice() == null ? defaultVoice() : request.voice();
    }

    protected double speedOf(SpeechRequest request) {
        return request.speed() == null ? defaultSpeed() : request.speed();
    }
}
