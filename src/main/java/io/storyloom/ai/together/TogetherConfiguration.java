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
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Together's image model when {@code storyloom.image.provider} is {@code together}; registered by a
 * {@link BeanRegistrar}, so the setting is read when the app starts, also from Spring's AOT-processed beans.
 */
@Configuration(proxyBeanMethods = false)
@Import(TogetherConfiguration.Registrar.class)
class TogetherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TogetherConfiguration.class);

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            if ("together".equalsIgnoreCase(env.getProperty("storyloom.image.provider"))) {
                registry.registerBean("togetherImageModel", ImageModel.class, spec -> spec.supplier(context ->
                        togetherImageModel(context.bean(ImageProviderSettings.class), context.bean(HttpSettings.class),
                                context.bean(RetrySettings.class), context.bean(MediaLinks.class))));
            }
        }
    }

    private static ImageModel togetherImageModel(ImageProviderSettings image, HttpSettings http, RetrySettings retry,
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
