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
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The provider's moderation model when {@code storyloom.moderation.provider} is not {@code none}
 * (OpenAI's moderation endpoint, Llama Guard on Together, or a chat model as judge). A missing key stops
 * the app at start-up; without this bean the safety review runs its in-process stages alone. Registered by a
 * {@link BeanRegistrar}, so the setting is read when the app starts, also from Spring's AOT-processed beans.
 */
@Configuration(proxyBeanMethods = false)
@Import(ModerationConfiguration.Registrar.class)
class ModerationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModerationConfiguration.class);

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            if (!"none".equalsIgnoreCase(env.getProperty("storyloom.moderation.provider", "none"))) {
                registry.registerBean("moderationModel", ModerationModel.class, spec -> spec.supplier(context ->
                        moderationModel(context.bean(ModerationProviderSettings.class),
                                context.bean(TextProviderSettings.class), context.bean(HttpSettings.class),
                                context.bean(RetrySettings.class))));
            }
        }
    }

    private static ModerationModel moderationModel(ModerationProviderSettings moderation, TextProviderSettings text,
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
