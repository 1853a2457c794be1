package io.storyloom.ai.together;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.RetrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Together's image model when {@code storyloom.image.provider} is {@code together}. */
@Configuration(proxyBeanMethods = false)
class TogetherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TogetherConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "storyloom.image.provider", havingValue = "together")
    ImageModel togetherImageModel(ImageProviderSettings image, HttpSettings http, RetrySettings retry) {
        var endpoint = image.endpoint();
        var client = new ProviderClient(endpoint, http, retry,
                CallLimits.of(image.maxConcurrency(), image.imagesPerMinute()));
        log.info("Illustrator: {} model {} at {} ({} steps, reference images {}, at most {} at once, {} per minute)",
                endpoint.provider(), endpoint.model(), endpoint.safeBaseUrl(), image.steps(),
                image.referenceImages() ? "on" : "off", image.maxConcurrency(),
                image.imagesPerMinute() == 0 ? "no limit" : image.imagesPerMinute());
        return new TogetherImageModel(client, image);
    }
}
