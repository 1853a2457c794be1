package io.storyloom.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** An app that sets logging up again while a capturing test runs waits until the test is done. */
class LoggingSetupTest {

    @Test
    void anAppSettingLoggingUpDuringACaptureWaitsForIt() {
        ConfigurableApplicationContext first = start();
        LoggingSetup.LOCK.readLock().lock();
        CompletableFuture<ConfigurableApplicationContext> second;
        try {
            first.close(); // logging is set up again by the next app to start
            assertThat(LoggingSetup.loggingSetUp()).isFalse();
            second = CompletableFuture.supplyAsync(LoggingSetupTest::start);
            await().atMost(Duration.ofSeconds(30)).until(LoggingSetup.LOCK::hasQueuedThreads);
            assertThat(second).isNotDone();
        } finally {
            LoggingSetup.LOCK.readLock().unlock();
        }
        try (var context = second.join()) {
            assertThat(context.isActive()).isTrue();
            assertThat(LoggingSetup.loggingSetUp()).isTrue();
        }
        assertThat(LoggingSetup.LOCK.isWriteLocked()).as("let go once logging was set up").isFalse();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off");
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
