package io.storyloom.ai;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Wraps whichever text and image models are configured so every call — offline or real — is logged
 * once with provider, model, operation, duration and outcome (never the prompt's content, never image
 * bytes) and measured: {@code storyloom.provider.calls} (timer, by provider, model, operation, outcome),
 * {@code storyloom.tokens}, {@code storyloom.images} and {@code storyloom.narration.characters} (counters).
 */
@Component
class ObservedModels implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(ObservedModels.class);

    private final ObjectProvider<MeterRegistry> registry;
    private Environment environment;

    ObservedModels(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof TextModel text && !(bean instanceof ObservedText)) {
            return new ObservedText(text, providerLabel("storyloom.text.provider"));
        }
        if (bean instanceof ImageModel image && !(bean instanceof ObservedImage)) {
            return new ObservedImage(image, providerLabel("storyloom.image.provider"));
        }
        if (bean instanceof SpeechModel speech && !(bean instanceof ObservedSpeech)) {
            return new ObservedSpeech(speech, environment.getProperty("storyloom.narration.provider", "off"));
        }
        return bean;
    }

    /**
     * The provider as its setting names it ({@code together}, {@code openai-compatible}), however the setting was
     * written ({@code TOGETHER}, {@code openai_compatible}): the same label the HTTP client's retries carry.
     */
    private String providerLabel(String property) {
        return environment.getProperty(property, "offline").strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private <T> T observe(String provider, String configuredModel, String operation, Supplier<T> call,
            java.util.function.Function<T, String> model) {
        long started = System.nanoTime();
        String outcome = "error";
        // A failed call has no answer to name its model: the configured model id stands in.
        String modelName = configuredModel;
        try {
            T result = call.get();
            outcome = "ok";
            modelName = model.apply(result);
            return result;
        } catch (ProviderException e) {
            outcome = e.reason().name().toLowerCase(java.util.Locale.ROOT);
            throw e;
        } finally {
            long nanos = System.nanoTime() - started;
            var event = "ok".equals(outcome) ? log.atInfo() : log.atWarn();
            event.addKeyValue("operation", "provider_call").addKeyValue("provider", provider)
                    .addKeyValue("model", modelName).addKeyValue("call", operation).addKeyValue("outcome", outcome)
                    .addKeyValue("duration_ms", TimeUnit.NANOSECONDS.toMillis(nanos))
                    .log("{} call to {} ({}): {} in {} ms", operation, provider, modelName, outcome,
                            TimeUnit.NANOSECONDS.toMillis(nanos));
            MeterRegistry meters = registry.getIfAvailable();
            if (meters != null) {
                Timer.builder("storyloom.provider.calls").description("Calls to text and image models")
                        .tag("provider", provider).tag("model", modelName).tag("operation", operation)
                        .tag("outcome", outcome).register(meters).record(nanos, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void countTokens(String model, TokenUsage usage) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            Counter.builder("storyloom.tokens").description("Tokens spent on text models").tag("model", model)
                    .tag("kind", "prompt").register(meters).increment(usage.promptTokens());
            Counter.builder("storyloom.tokens").description("Tokens spent on text models").tag("model", model)
                    .tag("kind", "completion").register(meters).increment(usage.completionTokens());
        }
    }

    private void countImage(String model) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            Counter.builder("storyloom.images").description("Pictures drawn by image models").tag("model", model)
                    .register(meters).increment();
        }
    }

    private void countSpeech(String model, int characters) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null) {
            Counter.builder("storyloom.narration.characters").description("Characters read aloud by narrators")
                    .tag("model", model).register(meters).increment(characters);
        }
    }

    /** A narrator whose calls are logged and measured. */
    private final class ObservedSpeech implements SpeechModel {
        private final SpeechModel model;
        private final String provider;

        ObservedSpeech(SpeechModel model, String provider) {
            this.model = model;
            this.provider = provider;
        }

        @Override
        public SpokenText speak(SpeechRequest request) {
            SpokenText spoken = observe(provider, model.modelId(), "speech", () -> model.speak(request), SpokenText::model);
            countSpeech(spoken.model(), spoken.characters());
            return spoken;
        }

        @Override
        public String defaultVoice() {
            return model.defaultVoice();
        }

        @Override
        public double defaultSpeed() {
            return model.defaultSpeed();
        }

        @Override
        public boolean offersVoice(String voice) {
            return model.offersVoice(voice);
        }
    }

    /** A text model whose calls are logged and measured. */
    private final class ObservedText implements TextModel {
        private final TextModel model;
        private final String provider;

        ObservedText(TextModel model, String provider) {
            this.model = model;
            this.provider = provider;
        }

        @Override
        public TextCompletion complete(TextPrompt prompt) {
            TextCompletion answer = observe(provider, model.modelId(),
                    prompt.kind().name().toLowerCase(java.util.Locale.ROOT), () -> model.complete(prompt),
                    TextCompletion::model);
            countTokens(answer.model(), answer.usage());
            return answer;
        }

        @Override
        public String modelId() {
            return model.modelId();
        }
    }

    /** An image model whose calls are logged and measured. */
    private final class ObservedImage implements ImageModel {
        private final ImageModel model;
        private final String provider;

        ObservedImage(ImageModel model, String provider) {
            this.model = model;
            this.provider = provider;
        }

        @Override
        public GeneratedImage draw(ImageRequest request) {
            GeneratedImage image = observe(provider, model.modelId(),
                    "image_" + request.purpose().name().toLowerCase(java.util.Locale.ROOT), () -> model.draw(request),
                    GeneratedImage::model);
            countImage(image.model());
            return image;
        }

        @Override
        public String modelId() {
            return model.modelId();
        }

        @Override
        public int promptLimit() {
            return model.promptLimit();
        }
    }
}
