package io.storyloom.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}. */
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
                        JSON is snake_case; errors are RFC 9457 problem+json, naming each bad field.""")
                .license(new License().name("Apache-2.0")));
    }
}
