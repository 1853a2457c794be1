package io.storyloom.ai.http;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds every provider setting at start-up, whichever provider is chosen, so a wrong value (an unknown
 * provider name, a negative limit) stops the app at once with Spring Boot's own explanation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TextProviderSettings.class, ImageProviderSettings.class, HttpSettings.class,
        RetrySettings.class, ModerationProviderSettings.class})
class ProviderHttpConfiguration {
}
