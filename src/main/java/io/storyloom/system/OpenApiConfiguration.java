package io.storyloom.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}.
 * How each operation authenticates is declared by {@link OpenApiSecurity}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI storyloomApi() {
        return new OpenAPI().info(new Info()
                .title("Storyloom API")
                .version("1")
                .description("""
                        Turn a child's profile and a story idea into an illustrated picture book.

                        POST /stories/ answers at once with 202 and a story id; the book is written and
                        drawn in the background. Poll GET /stories/{id}/status (every 2 s is plenty) until
                        the status is COMPLETE or FAILED, then read the book with GET /stories/{id}.
                        JSON is snake_case; errors are RFC 9457 problem+json, naming each bad field.

                        Authenticate with a personal API token (Bearer) or, as the web page does, the
                        session cookie plus the X-XSRF-TOKEN header on changes; GET /stories/statuses and
                        GET /stories/limits need neither.""")
                .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                // Relative: the document is served by the API it describes, wherever that runs.
                .servers(List.of(new Server().url("/").description("This Storyloom")));
    }

    /**
     * Field names as they travel: the app's JSON is snake_case (spring.jackson), but springdoc reads
     * the records through swagger-core's own Jackson 2 mapper, which would document pageCount for
     * page_count. A copy, so the document itself keeps OpenAPI's own key names.
     */
    @Bean
    ModelResolver snakeCaseModels(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
