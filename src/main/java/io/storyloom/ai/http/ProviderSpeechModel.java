package io.storyloom.ai.http;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.SpeechRequest;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.core.env.Environment;

/** What every narrator reached over HTTP shares: its client, and the voice and speed a book did not choose. */
public abstract class ProviderSpeechModel implements SpeechModel {

    protected final ProviderClient client;
    private final NarrationSettings settings;

    private static final Logger log = LoggerFactory.getLogger(ProviderSpeechModel.class);

    /**
     * Registers {@code provider}'s narrator when {@code storyloom.narration.provider} names it. Called by a
     * {@link org.springframework.beans.factory.BeanRegistrar}, so the setting is read when the app starts, also
     * from the bean definitions Spring's AOT processing wrote at build time.
     */
    public static void register(BeanRegistry registry, Environment environment, String provider,
            BiFunction<ProviderClient, NarrationSettings, SpeechModel> narrator) {
        if (provider.equalsIgnoreCase(environment.getProperty("storyloom.narration.provider"))) {
            registry.registerBean(provider + "SpeechModel", SpeechModel.class, spec -> spec.supplier(context -> {
                var narration = context.bean(NarrationSettings.class);
                return narrator.apply(clientFor(narration, context.bean(HttpSettings.class),
                        context.bean(RetrySettings.class)), narration);
            }));
        }
    }

    /** The client of the configured narrator, with at most {@code max-concurrency} readings at once; logged. */
    private static ProviderClient clientFor(NarrationSettings narration, HttpSettings http, RetrySettings retry) {
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
