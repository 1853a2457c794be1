package io.storyloom.support;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.TextModel;
import io.storyloom.ai.offline.illustrator.OfflineIllustrator;
import io.storyloom.ai.offline.writer.OfflineTextModel;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The offline models behind a {@link ModelControl}, replacing the app's models in tests that import this. */
@TestConfiguration(proxyBeanMethods = false)
public class ControlledModels {

    @Bean
    ModelControl modelControl() {
        return new ModelControl();
    }

    @Bean
    @Primary
    TextModel controlledTextModel(ModelControl control) {
        return control.wrap(new OfflineTextModel(Duration.ZERO));
    }

    @Bean
    @Primary
    ImageModel controlledImageModel(ModelControl control) {
        return control.wrap(new OfflineIllustrator(Duration.ZERO));
    }
}
