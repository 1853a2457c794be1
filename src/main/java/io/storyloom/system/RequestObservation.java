package io.storyloom.system;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The HTTP observation filter as Spring Boot registers it (same registry, convention and dispatches), one
 * place later ({@link FilterOrder#HTTP_OBSERVATION}): the status-read shortcut in front of it records its
 * answers in the meters this filter made, without an observation of its own for each poll.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservation {

    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter(ObservationRegistry registry,
            ObjectProvider<ServerRequestObservationConvention> customConvention, ObservationProperties properties) {
        ServerRequestObservationConvention convention = customConvention.getIfAvailable(
                () -> new DefaultServerRequestObservationConvention(properties.getHttp().getServer().getRequests().getName()));
        var registration = new FilterRegistrationBean<>(new ServerHttpObservationFilter(registry, convention));
        registration.setOrder(FilterOrder.HTTP_OBSERVATION);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }
}
