package io.storyloom.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Which test classes may run at the same time. Classes on one running app share its {@link ModelControl},
 * so they take turns: one lock per app. An app is what Spring's context cache keys it by, the class's merged
 * context configuration (its settings, {@link TestDatabase}, {@code @DynamicPropertySource} methods), so two
 * classes share a lock exactly when they share an app; different apps run side by side. Classes that
 * capture the console take turns with each other (two captures at once would swap the console under each
 * other); the rest may print while one captures: what a capture asserts is what its own class printed or
 * must never be printed by anyone (a key).
 */
public class RunningAppLocks implements ResourceLocksProvider {

    private static final Map<MergedContextConfiguration, String> APPS = new ConcurrentHashMap<>();

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        Lock app = new Lock(appOf(testClass));
        return capturesConsole(testClass) ? Set.of(app, new Lock(Resources.SYSTEM_OUT)) : Set.of(app);
    }

    /** The lock name of the app this class runs on: equal for classes that Spring gives one cached context. */
    static String appOf(Class<?> testClass) {
        MergedContextConfiguration config =
                BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
        return APPS.computeIfAbsent(config, first -> "storyloom-app-" + testClass.getName());
    }

    private static boolean capturesConsole(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extension -> Set.of(extension.value()).contains(OutputCaptureExtension.class));
    }
}
