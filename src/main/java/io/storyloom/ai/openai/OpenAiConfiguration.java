package io.storyloom.ai.openai;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.HttpSettings;
import io.storyloom.ai.http.ImageModelSpec;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.KnownImageModels;
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
 * The real language model whenever {@code storyloom.text.provider} is not {@code offline} (Together,
 * OpenAI and local servers all speak the OpenAI chat API), and OpenAI's image model when
 * {@code storyloom.image.provider} is {@code openai}. A missing key stops the app at start-up. Registered by a
 * {@link BeanRegistrar}, so the settings are read when the app starts, also from Spring's AOT-processed beans.
 */
@Configuration(proxyBeanMethods = false)
@Import(OpenAiConfiguration.Registrar.class)
class OpenAiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OpenAiConfiguration.class);

    static final class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            if (!"offline".equalsIgnoreCase(env.getProperty("storyloom.text.provider", "offline"))) {
                registry.registerBean("openAiCompatibleChatModel", TextModel.class, spec -> spec.supplier(context ->
                        openAiCompatibleChatModel(context.bean(TextProviderSettings.class),
                                context.bean(HttpSettings.class), context.bean(RetrySettings.class))));
            }
            if ("openai".equalsIgnoreCase(env.getProperty("storyloom.image.provider"))) {
                registry.registerBean("openAiImageModel", ImageModel.class, spec -> spec.supplier(context ->
                        openAiImageModel(context.bean(ImageProviderSettings.class), context.bean(HttpSettings.class),
                                context.bean(RetrySettings.class))));
            }
        }
    }

    private static TextModel openAiCompatibleChatModel(TextProviderSettings text, HttpSettings http,
            RetrySettings retry) {
        var endpoint = text.endpoint();
        var client = new ProviderClient(endpoint, http, retry, CallLimits.concurrent(text.maxConcurrency()),
                text.callPolicy(http));
        log.info("Story writer: {} model {} at {} ({} answers, at most {} calls at once)", endpoint.provider(),
                endpoint.model(), endpoint.safeBaseUrl(), text.structuredOutput().name().toLowerCase(java.util.Locale.ROOT),
                text.maxConcurrency());
        return new OpenAiChatModel(client, text.provider() == TextProviderSettings.Provider.OPENAI,
                text.temperatureToSend(), text.structuredOutput());
    }

    private static ImageModel openAiImageModel(ImageProviderSettings image, HttpSettings http, RetrySettings retry) {
        var endpoint = image.endpoint();
        var client = new ProviderClient(endpoint, http, retry,
                CallLimits.of(image.maxConcurrency(), image.imagesPerMinute()), image.callPolicy());
        log.info("Illustrator: {} model {} at {} (at most {} at once, {} per minute, {} s to answer, reference "
                + "pictures {})", endpoint.provider(), endpoint.model(), endpoint.safeBaseUrl(), image.maxConcurrency(),
                image.imagesPerMinute() == 0 ? "no limit" : image.imagesPerMinute(), image.readTimeout().toSeconds(),
                image.referenceImages() && image.spec().reference() == ImageModelSpec.Reference.EDITS
                        ? "through /images/edits" : "off");
        KnownImageModels.warnings(image).forEach(log::warn);
        return new OpenAiImageModel(client, image);
    }
}
