package io.storyloom.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Holds off apps' logging set-up while a test of a {@link CapturedConsole} class runs. */
final class SteadyLogging implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        LoggingSetup.LOCK.readLock().lock();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggingSetup.LOCK.readLock().unlock();
    }
}
