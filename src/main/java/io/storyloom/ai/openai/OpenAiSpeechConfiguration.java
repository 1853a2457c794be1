package io.storyloom.ai.openai;

import io.storyloom.ai.http.ProviderSpeechModel;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** OpenAI's narrator when {@code storyloom.narration.provider} is {@code openai}. */
@Configuration(proxyBeanMethods = false)
@Import(OpenAiSpeechConfiguration.Registrar.class)
class OpenAiSpeechConfiguration {

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            ProviderSpeechModel.register(registry, env, "openai", OpenAiSpeechModel::new);
        }
    }
}
