package io.storyloom.ai.offline;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.TextModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The offline writer and illustrator: the default, needing no network and no key. */
@Configuration(proxyBeanMethods = false)
class OfflineModelsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "storyloom.text.provider", havingValue = "offline", matchIfMissing = true)
    TextModel offlineTextModel(OfflineLatency latency) {
        return new OfflineTextModel(latency.textLatency());
    }

    @Bean
    @ConditionalOnProperty(name = "storyloom.image.provider", havingValue = "offline", matchIfMissing = true)
    ImageModel offlineImageModel(OfflineLatency latency) {
        return new OfflineIllustrator(latency.imageLatency());
    }
}
