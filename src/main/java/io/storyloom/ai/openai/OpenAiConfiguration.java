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
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The real language model whenever {@code storyloom.text.provider} is not {@code offline} (Together,
 * OpenAI and local servers all speak the OpenAI chat API), and OpenAI's image model when
 * {@code storyloom.image.provider} is {@code openai}. A missing key stops the app at start-up.
 */
@Configuration(proxyBeanMethods = false)
class OpenAiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OpenAiConfiguration.class);

    @Bean
    @ConditionalOnExpression("!'${storyloom.text.provider:offline}'.equalsIgnoreCase('offline')")
    TextModel openAiCompatibleChatModel(TextProviderSettings text, HttpSettings http, RetrySettings retry) {
        var endpoint = text.endpoint();
        var client = new ProviderClient(endpoint, http, retry, CallLimits.concurrent(text.maxConcurrency()),
                text.callPolicy(http));
        log.info("Story writer: {} model {} at {} ({} answers, at most {} calls at once)", endpoint.provider(),
                endpoint.model(), endpoint.safeBaseUrl(), text.structuredOutput().name().toLowerCase(java.util.Locale.ROOT),
                text.maxConcurrency());
        return new OpenAiChatModel(client, text.provider() == TextProviderSettings.Provider.OPENAI,
                text.temperatureToSend(), text.structuredOutput());
    }

    @Bean
    @ConditionalOnProperty(name = "storyloom.image.provider", havingValue = "openai")
    ImageModel openAiImageModel(ImageProviderSettings image, HttpSettings http, RetrySettings retry) {
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
