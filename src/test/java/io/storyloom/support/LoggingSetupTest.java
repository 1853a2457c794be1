package io.storyloom.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** An app that sets logging up again while a capturing test runs waits until the test is done. */
class LoggingSetupTest {

    @Test
    void anAppSettingLoggingUpDuringACaptureWaitsForIt() throws Exception {
        ConfigurableApplicationContext first = start();
        var second = new CompletableFuture<ConfigurableApplicationContext>();
        Thread starter;
        LoggingSetup.LOCK.readLock().lock();
        try {
            first.close(); // logging is set up again by the next app to start
            assertThat(LoggingSetup.loggingSetUp()).isFalse();
            starter = Thread.ofPlatform().start(() -> {
                try {
                    second.complete(start());
                } catch (Throwable e) {
                    second.completeExceptionally(e);
                }
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> LoggingSetup.LOCK.hasQueuedThread(starter));
            assertThat(second).isNotDone();
        } finally {
            LoggingSetup.LOCK.readLock().unlock();
        }
        try (var context = second.get(60, TimeUnit.SECONDS)) {
            assertThat(context.isActive()).isTrue();
            // It let go once logging was set up: a capture can start (other apps hold the lock only briefly).
            assertThat(LoggingSetup.LOCK.readLock().tryLock(30, TimeUnit.SECONDS)).isTrue();
            LoggingSetup.LOCK.readLock().unlock();
        }
        starter.join();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off");
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
