package io.storyloom.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.configuration.BackgroundJobServerWorkerPolicy;
import org.jobrunr.server.metrics.BackgroundJobServerMetricsBinder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

/**
 * The job server's bean definitions, as Spring's AOT processing writes them for a process with every role,
 * are dropped when this process's settings switch the job server off, and kept when they do not.
 */
class JobServerOnWorkersOnlyTest {

    @Test
    void aProcessWithoutTheWorkerRoleHasNoJobServer() {
        var beans = definitionsOfEveryRole();

        postProcess(beans, "false");

        assertThat(beans.getBeanDefinitionNames()).containsExactly("other");
    }

    @Test
    void aWorkerKeepsItsJobServer() {
        var beans = definitionsOfEveryRole();

        postProcess(beans, "true");

        assertThat(beans.getBeanDefinitionNames()).hasSize(5);
    }

    private static DefaultListableBeanFactory definitionsOfEveryRole() {
        var beans = new DefaultListableBeanFactory();
        Map.of("backgroundJobServer", BackgroundJobServer.class,
                "backgroundJobServerConfiguration", BackgroundJobServerConfiguration.class,
                "backgroundJobServerWorkerPolicy", BackgroundJobServerWorkerPolicy.class,
                "backgroundJobServerMetricsBinder", BackgroundJobServerMetricsBinder.class,
                "other", String.class)
                .forEach((name, type) -> beans.registerBeanDefinition(name, new RootBeanDefinition(type)));
        return beans;
    }

    private static void postProcess(DefaultListableBeanFactory beans, String enabled) {
        var processor = new JobServerOnWorkersOnly();
        processor.setEnvironment(new MockEnvironment().withProperty("jobrunr.background-job-server.enabled", enabled));
        processor.postProcessBeanDefinitionRegistry(beans);
    }
}
