package io.storyloom.ai.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.offline.illustrator.OfflineIllustrator;
import io.storyloom.ai.offline.writer.OfflineTextModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The offline models are the default, each replaced only by its own real provider, slowed as configured. */
class OfflineModelsConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(OfflineModelsConfiguration.class, Settings.class);

    @EnableConfigurationProperties(OfflineSettings.class)
    static class Settings {
    }

    @Test
    void theOfflineModelsAreTheDefault() {
        runner.run(context -> {
            assertThat(context).getBean(TextModel.class).isInstanceOf(OfflineTextModel.class);
            assertThat(context).getBean(ImageModel.class).isInstanceOf(OfflineIllustrator.class);
        });
    }

    @Test
    void aRealProviderReplacesOnlyItsOwnOfflineModel() {
        runner.withPropertyValues("storyloom.text.provider=openai").run(context -> {
            assertThat(context).doesNotHaveBean(TextModel.class);
            assertThat(context).getBean(ImageModel.class).isInstanceOf(OfflineIllustrator.class);
        });
    }

    @Test
    void theConfiguredLatencySlowsEachPicture() {
        runner.withPropertyValues("storyloom.offline.image-latency=150ms").run(context -> {
            long start = System.nanoTime();
            context.getBean(ImageModel.class)
                    .draw(new ImageRequest(ImageRequest.Purpose.PAGE, "", null, 64, 64, 1, null));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        });
    }

    @Test
    void aNegativeLatencyStopsTheStart() {
        runner.withPropertyValues("storyloom.offline.text-latency=-1s").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("cannot be negative"));
    }
}
