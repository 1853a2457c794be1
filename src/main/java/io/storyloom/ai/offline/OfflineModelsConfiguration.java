package io.storyloom.ai.offline;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.offline.illustrator.OfflineIllustrator;
import io.storyloom.ai.offline.writer.OfflineTextModel;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The offline writer and illustrator: the default, needing no network and no key. Registered by a
 * {@link BeanRegistrar}, which reads the settings when the app starts, also when it starts from the
 * beans Spring's AOT processing wrote at build time (a {@code @Conditional} would be decided then).
 */
@Configuration(proxyBeanMethods = false)
@Import(OfflineModelsConfiguration.Registrar.class)
class OfflineModelsConfiguration {

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            if ("offline".equalsIgnoreCase(env.getProperty("storyloom.text.provider", "offline"))) {
                registry.registerBean("offlineTextModel", TextModel.class, spec -> spec.supplier(
                        context -> new OfflineTextModel(context.bean(OfflineSettings.class).textLatency())));
            }
            if ("offline".equalsIgnoreCase(env.getProperty("storyloom.image.provider", "offline"))) {
                registry.registerBean("offlineImageModel", ImageModel.class, spec -> spec.supplier(
                        context -> new OfflineIllustrator(context.bean(OfflineSettings.class).imageLatency())));
            }
        }
    }
}
