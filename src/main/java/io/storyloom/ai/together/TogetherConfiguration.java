package io.storyloom.ai.together;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.ImageModelSpec;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.KnownImageModels;
import io.storyloom.ai.http.ReferencePictures;
import io.storyloom.media.MediaLinks;
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
    ImageModel togetherImageModel(ImageProviderSettings image, HttpSettings http, RetrySettings retry,
            MediaLinks links) {
        var endpoint = image.endpoint();
        var client = new ProviderClient(endpoint, http, retry,
                CallLimits.of(image.maxConcurrency(), image.imagesPerMinute()), image.callPolicy());
        var references = new ReferencePictures(links, image.referenceDataUrl());
        Integer steps = image.spec().steps(image.steps());
        log.info("Illustrator: {} model {} at {} ({} steps, reference pictures {}, at most {} at once, {} per minute, "
                + "{} s to answer)", endpoint.provider(), endpoint.model(), endpoint.safeBaseUrl(),
                steps == null ? "the model's own" : steps,
                image.referenceImages() && image.spec().reference() == ImageModelSpec.Reference.IMAGE_URL
                        ? references.describe() : "off",
                image.maxConcurrency(), image.imagesPerMinute() == 0 ? "no limit" : image.imagesPerMinute(),
                image.readTimeout().toSeconds());
        KnownImageModels.warnings(image).forEach(log::warn);
        return new TogetherImageModel(client, image, references);
    }
}
