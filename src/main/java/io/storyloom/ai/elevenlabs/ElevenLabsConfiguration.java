package io.storyloom.ai.elevenlabs;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderSpeechModel;
import io.storyloom.ai.http.RetrySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ElevenLabs' narrator when {@code storyloom.narration.provider} is {@code elevenlabs}. */
@Configuration(proxyBeanMethods = false)
class ElevenLabsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "storyloom.narration.provider", havingValue = "elevenlabs")
    SpeechModel elevenLabsSpeechModel(NarrationSettings narration, HttpSettings http, RetrySettings retry) {
        return new ElevenLabsSpeechModel(ProviderSpeechModel.clientFor(narration, http, retry), narration);
    }
}
