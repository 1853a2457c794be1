package io.storyloom.generation;

import java.util.List;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.configuration.BackgroundJobServerWorkerPolicy;
import org.jobrunr.server.metrics.BackgroundJobServerMetricsBinder;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Leaves JobRunr's background job server, and the beans made for it, out of a process whose settings
 * switch it off (one without the worker role, see {@code system.Roles}). JobRunr's own conditions do that
 * when the beans are read from their classes; the beans Spring's AOT processing wrote at build time were
 * decided then, for a process with every role, so this drops them when the process starts.
 */
@Component
class JobServerOnWorkersOnly implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final List<Class<?>> JOB_SERVER_TYPES = List.of(BackgroundJobServer.class,
            BackgroundJobServerConfiguration.class, BackgroundJobServerWorkerPolicy.class,
            BackgroundJobServerMetricsBinder.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (environment.getProperty("jobrunr.background-job-server.enabled", Boolean.class, false)
                || !(registry instanceof ListableBeanFactory beans)) {
            return;
        }
        for (Class<?> type : JOB_SERVER_TYPES) {
            for (String name : beans.getBeanNamesForType(type, true, false)) {
                registry.removeBeanDefinition(name);
            }
        }
    }
}
