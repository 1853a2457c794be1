package io.storyloom.generation;

import java.time.Duration;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Applies {@code storyloom.generation.poll-interval} to JobRunr's background server, so a new book
 * starts within about a second instead of JobRunr's default fifteen (its own property only takes
 * whole seconds of at least five).
 */
@Component
class JobQueueTuning implements BeanPostProcessor, EnvironmentAware {

    private Duration pollInterval = Duration.ofSeconds(1);

    @Override
    public void setEnvironment(Environment environment) {
        pollInterval = environment.getProperty("storyloom.generation.poll-interval", Duration.class, pollInterval);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof BackgroundJobServerConfiguration configuration) {
            configuration.andPollInterval(pollInterval);
        }
        return bean;
    }
}
