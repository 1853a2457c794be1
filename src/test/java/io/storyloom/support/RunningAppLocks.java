package io.storyloom.support;

import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Which test classes may run at the same time. Classes on one running app share its {@link ModelControl},
 * so they take turns: one lock per database kind, as {@link TestDatabase} names it (the apps with settings
 * of their own take the lock of their database kind too). Apps on different databases run side by side.
 * A class that captures the console has it to itself.
 */
public class RunningAppLocks implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        TestDatabase database = AnnotationSupport.findAnnotation(testClass, TestDatabase.class).orElse(null);
        String app = "storyloom-app-" + (database == null ? testClass.getSuperclass().getName() : database.value());
        return Set.of(new Lock(app), console(testClass));
    }

    static Lock console(Class<?> testClass) {
        boolean captures = AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extension -> Set.of(extension.value()).contains(OutputCaptureExtension.class));
        return new Lock(Resources.SYSTEM_OUT, captures ? ResourceAccessMode.READ_WRITE : ResourceAccessMode.READ);
    }
}
