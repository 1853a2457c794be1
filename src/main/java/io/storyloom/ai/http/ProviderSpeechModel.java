package io.storyloom.ai.http;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.SpeechRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every narrator reached over HTTP shares: its client, and the voice and speed a book did not choose. */
public abstract class ProviderSpeechModel implements SpeechModel {

    protected final ProviderClient client;
    private final NarrationSettings settings;

    private static final Logger log = LoggerFactory.getLogger(ProviderSpeechModel.class);

    /** The client of the configured narrator, with at most {@code max-concurrency} readings at once; logged. */
    public static ProviderClient clientFor(NarrationSettings narration, HttpSettings http, RetrySettings retry) {
        var endpoint = narration.endpoint();
        log.info("Narrator: {} model {} at {}, voice {} (at most {} at once)", endpoint.provider(), endpoint.model(),
                endpoint.safeBaseUrl(), narration.defaultVoice(), narration.maxConcurrency());
        return new ProviderClient(endpoint, http, retry, CallLimits.concurrent(narration.maxConcurrency()));
    }

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
