package io.storyloom.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storyloom.support.CapturedConsole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.mock.env.MockEnvironment;

/** Calls are logged and measured under the model's id and the provider's setting name, also when they fail. */
@CapturedConsole
@ResourceLock(Resources.SYSTEM_OUT) // captures the console
class ObservedModelsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private Object observe(Object model, String property, String provider) {
        var observed = new ObservedModels(new StaticListableBeanFactory(Map.of("meters", registry))
                .getBeanProvider(MeterRegistry.class));
        observed.setEnvironment(new MockEnvironment().withProperty(property, provider));
        return observed.postProcessAfterInitialization(model, "model");
    }

    @Test
    void aFailedTextCallNamesTheModelIdNotTheProvidersDisplayName(CapturedOutput output) {
        TextModel failing = new TextModel() {
            @Override
            public TextCompletion complete(TextPrompt prompt) {
                throw new ProviderException(ProviderException.Reason.TRANSIENT, "Together", "The story writer is busy.");
            }

            @Override
            public String modelId() {
                return "meta-llama/Llama-3.3-70B-Instruct-Turbo";
            }
        };
        var text = (TextModel) observe(failing, "storyloom.text.provider", "TOGETHER");

        assertThatThrownBy(() -> text.complete(new TextPrompt(PromptKind.BASE_STYLE,
                List.of(ChatMessage.user("Style?")), null, Map.of(), 1, 100))).isInstanceOf(ProviderException.class);

        assertThat(registry.find("storyloom.provider.calls").tags("provider", "together",
                "model", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "outcome", "transient").timer()).isNotNull();
        assertThat(registry.find("storyloom.provider.calls").tag("model", "Together").timer()).isNull();
        assertThat(output.getAll()).contains("base_style call to together (meta-llama/Llama-3.3-70B-Instruct-Turbo): transient");
    }

    @Test
    void aFailedPictureNamesTheModelIdAndTheWrapperKeepsTheModelsPromptLimit() {
        ImageModel failing = new ImageModel() {
            @Override
            public GeneratedImage draw(ImageRequest request) {
                throw new ProviderException(ProviderException.Reason.SAFETY, "OpenAI", "Refused.");
            }

            @Override
            public String modelId() {
                return "dall-e-3";
            }

            @Override
            public int promptLimit() {
                return 4000;
            }
        };
        var image = (ImageModel) observe(failing, "storyloom.image.provider", "openai");

        assertThatThrownBy(() -> image.draw(new ImageRequest(ImageRequest.Purpose.PAGE, "p", null, 10, 10, 1, null)))
                .isInstanceOf(ProviderException.class);

        assertThat(image.promptLimit()).isEqualTo(4000);
        assertThat(registry.find("storyloom.provider.calls").tags("provider", "openai", "model", "dall-e-3",
                "operation", "image_page", "outcome", "safety").timer()).isNotNull();
    }
}
