package io.storyloom.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description names properties as the wire does (snake_case). The schema generator reads
 * records with its own Jackson 2 mapper, which knows nothing of the application's naming setting.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiNaming {

    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
