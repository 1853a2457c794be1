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

/** An app starting while a capturing test runs waits with its logging set-up until the test is done. */
class LoggingSetupTest {

    @Test
    void anAppStartingDuringACaptureWaitsForIt() {
        LoggingSetup.LOCK.readLock().lock();
        CompletableFuture<ConfigurableApplicationContext> app;
        try {
            app = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(Empty.class)
                    .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off"));
            await().atMost(Duration.ofSeconds(30)).until(LoggingSetup.LOCK::hasQueuedThreads);
            assertThat(app).isNotDone();
        } finally {
            LoggingSetup.LOCK.readLock().unlock();
        }
        try (var context = app.join()) {
            assertThat(context.isActive()).isTrue();
        }
        assertThat(LoggingSetup.LOCK.isWriteLocked()).as("let go once logging was set up").isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
