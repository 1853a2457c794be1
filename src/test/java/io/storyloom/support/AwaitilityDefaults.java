package io.storyloom.support;

import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Awaitility's defaults for the whole run, set before any test starts. By default a waiting test fails
 * with any exception that any thread in the JVM leaves uncaught; test classes run side by side, so that
 * would blame a test for another class's background threads (say a job runner of an app whose turn has
 * ended). A test still fails on what its own condition throws, and on what it checks.
 */
public class AwaitilityDefaults implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }
}
