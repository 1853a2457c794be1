package io.storyloom.ai.openai;

import io.storyloom.ai.ModerationModel;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.ModerationProviderSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.RetrySettings;
import io.storyloom.ai.http.TextProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The provider's moderation model when {@code storyloom.moderation.provider} is not {@code none}
 * (OpenAI's moderation endpoint, Llama Guard on Together, or a chat model as judge). A missing key stops
 * the app at start-up; without this bean the safety review runs its in-process stages alone.
 */
@Configuration(proxyBeanMethods = false)
class ModerationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModerationConfiguration.class);

    @Bean
    @ConditionalOnExpression("!'${storyloom.moderation.provider:none}'.equalsIgnoreCase('none')")
    ModerationModel moderationModel(ModerationProviderSettings moderation, TextProviderSettings text,
            HttpSettings http, RetrySettings retry) {
        var endpoint = moderation.endpoint(text);
        var client = new ProviderClient(endpoint, http, retry, CallLimits.concurrent(4));
        log.info("Moderation model: {} {} at {}", moderation.provider().name().toLowerCase(java.util.Locale.ROOT),
                endpoint.model(), endpoint.safeBaseUrl());
        return switch (moderation.provider()) {
            case OPENAI -> new OpenAiModeration(client);
            case LLAMA_GUARD -> new LlamaGuardModeration(client);
            case CHAT_JUDGE -> new ChatJudgeModeration(client);
            case NONE -> throw new IllegalStateException("No moderation model is configured");
        };
    }
}
