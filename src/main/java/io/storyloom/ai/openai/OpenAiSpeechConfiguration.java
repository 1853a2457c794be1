package io.storyloom.ai.openai;

import io.storyloom.ai.SpeechModel;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.NarrationSettings;
import io.storyloom.ai.http.ProviderSpeechModel;
import io.storyloom.ai.http.RetrySettings;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * OpenAI's narrator when {@code storyloom.narration.provider} is {@code openai}; registered by a
 * {@link BeanRegistrar}, so the setting is read when the app starts, also from Spring's AOT-processed beans.
 */
@Configuration(proxyBeanMethods = false)
@Import(OpenAiSpeechConfiguration.Registrar.class)
class OpenAiSpeechConfiguration {

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            if ("openai".equalsIgnoreCase(env.getProperty("storyloom.narration.provider"))) {
                registry.registerBean("openAiSpeechModel", SpeechModel.class, spec -> spec.supplier(context -> {
                    var narration = context.bean(NarrationSettings.class);
                    var client = ProviderSpeechModel.clientFor(narration, context.bean(HttpSettings.class),
                            context.bean(RetrySettings.class));
                    return new OpenAiSpeechModel(client, narration);
                }));
            }
        }
    }
}
