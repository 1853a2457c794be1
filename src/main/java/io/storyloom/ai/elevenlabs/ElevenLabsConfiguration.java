package io.storyloom.ai.elevenlabs;

import io.storyloom.ai.http.ProviderSpeechModel;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** ElevenLabs' narrator when {@code storyloom.narration.provider} is {@code elevenlabs}. */
@Configuration(proxyBeanMethods = false)
@Import(ElevenLabsConfiguration.Registrar.class)
class ElevenLabsConfiguration {

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            ProviderSpeechModel.register(registry, env, "elevenlabs", ElevenLabsSpeechModel::new);
        }
    }
}
