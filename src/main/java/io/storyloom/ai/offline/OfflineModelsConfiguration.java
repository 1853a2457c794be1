package io.storyloom.ai.offline;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.offline.illustrator.OfflineIllustrator;
import io.storyloom.ai.offline.writer.OfflineTextModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline writer and illustrator: the default, needing no network and no key. */
@Configuration(proxyBeanMethods = false)
class OfflineModelsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "storyloom.text.provider", havingValue = "offline", matchIfMissing = true)
    TextModel offlineTextModel(OfflineSettings settings) {
        return new OfflineTextModel(settings.textLatency());
    }

    @Bean
    @ConditionalOnProperty(name = "storyloom.image.provider", havingValue = "offline", matchIfMissing = true)
    ImageModel offlineImageModel(OfflineSettings settings) {
        return new OfflineIllustrator(settings.imageLatency());
    }
}
