package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** storyloom.limits.max-request-size binds from its environment variable and must be positive. */
class RequestSizeSettingsTest {

    private static RequestSizeLimit.Settings bind(String value) {
        var validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        try (validator) {
            return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource("env",
                    Map.of("STORYLOOM_LIMITS_MAX_REQUEST_SIZE", value))))
                    .bindOrCreate("storyloom.limits", Bindable.of(RequestSizeLimit.Settings.class),
                            new ValidationBindHandler(validator));
        }
    }

    @Test
    void bindsASize() {
        assertThat(bind("1MB").maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
    }

    @Test
    void refusesZero() {
        assertThatThrownBy(() -> bind("0B")).isInstanceOf(BindException.class)
                .hasRootCauseInstanceOf(BindValidationException.class);
    }
}
