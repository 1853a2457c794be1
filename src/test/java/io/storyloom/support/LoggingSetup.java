package io.storyloom.support;

import ch.qos.logback.classic.LoggerContext;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Spring Boot sets logging up again whenever an app starts in this JVM after another's context closed, and
 * until it is done it drops every log line of the JVM (a deny-all filter) and resets the appenders. So a
 * class that asserts what was logged ({@link CapturedConsole}) would miss its line when an app starts in
 * a class running beside it. An app that will set logging up (Spring Boot's mark of a set-up logging system
 * is absent: another app closed) holds the write lock from its first event until it is done; a capturing
 * test holds the read lock while it runs. Apps starting while logging stays set up pass freely. Registered
 * in {@code META-INF/spring.factories}.
 */
public final class LoggingSetup {

    static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock(true);

    private LoggingSetup() {
    }

    /** First of an app's listeners: waits for running captures, then keeps new ones out. */
    public static final class Begins implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return ApplicationStartingEvent.class.isAssignableFrom(eventType.toClass());
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            // A capturing test that starts an app itself already holds the read lock (it cannot upgrade).
            if (LOCK.getReadHoldCount() == 0 && !loggingSetUp()) {
                LOCK.writeLock().lock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Whether Spring Boot's logging system is set up in this JVM, so a starting app leaves it alone. */
    static boolean loggingSetUp() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getObject(LoggingSystem.class.getName()) != null;
    }

    /** Last of an app's listeners: once logging is set up (or the start failed), captures may run again. */
    public static final class Ends implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            Class<?> type = eventType.toClass();
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                    || ApplicationFailedEvent.class.isAssignableFrom(type);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (LOCK.isWriteLockedByCurrentThread()) {
                LOCK.writeLock().unlock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
