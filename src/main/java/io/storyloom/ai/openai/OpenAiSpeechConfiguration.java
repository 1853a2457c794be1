package io.storyloom.ai.openai;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderSpeechModel;
import io.storyloom.ai.http.RetrySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAI's narrator when {@code storyloom.narration.provider} is {@code openai}. */
@Configuration(proxyBeanMethods = false)
class OpenAiSpeechConfiguration {

    @Bean
    @ConditionalOnProperty(name = "storyloom.narration.provider", havingValue = "openai")
    SpeechModel openAiSpeechModel(NarrationSettings narration, HttpSettings http, RetrySettings retry) {
        return new OpenAiSpeechModel(ProviderSpeechModel.clientFor(narration, http, retry), narration);
    }
}
