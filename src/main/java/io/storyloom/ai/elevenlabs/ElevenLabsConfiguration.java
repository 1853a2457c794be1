package io.storyloom.ai.elevenlabs;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.RetrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ElevenLabs' narrator when {@code storyloom.narration.provider} is {@code elevenlabs}. */
@Configuration(proxyBeanMethods = false)
class ElevenLabsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElevenLabsConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "storyloom.narration.provider", havingValue = "elevenlabs")
    SpeechModel elevenLabsSpeechModel(NarrationSettings narration, HttpSettings http, RetrySettings retry) {
        var endpoint = narration.endpoint();
        var client = new ProviderClient(endpoint, http, retry, CallLimits.concurrent(narration.maxConcurrency()));
        log.info("Narrator: {} model {} at {}, voice {} (at most {} at once)", endpoint.provider(), endpoint.model(),
                endpoint.safeBaseUrl(), narration.defaultVoice(), narration.maxConcurrency());
        return new ElevenLabsSpeechModel(client, narration);
    }
}
