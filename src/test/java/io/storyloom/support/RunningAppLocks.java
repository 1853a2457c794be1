package io.storyloom.support;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Which test classes may run at the same time. Classes on one running app share its {@link ModelControl},
 * so they take turns: one lock per app, named by the class whose settings make it (the nearest class up
 * from the test that declares any) and the database {@link TestDatabase} names. Different apps run side by
 * side. A class that captures the console has it to itself.
 */
public class RunningAppLocks implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        String database = AnnotationSupport.findAnnotation(testClass, TestDatabase.class)
                .map(found -> found.value().name()).orElse("own");
        return Set.of(new Lock("storyloom-app-" + settingsOf(testClass).getName() + "-" + database), console(testClass));
    }

    /** The class whose settings make this test class's app: the same class means the same cached app. */
    static Class<?> settingsOf(Class<?> testClass) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            boolean declares = type.isAnnotationPresent(SpringBootTest.class) || type.isAnnotationPresent(Import.class)
                    || type.isAnnotationPresent(TestPropertySource.class)
                    || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(DynamicPropertySource.class));
            if (declares) {
                return type;
            }
        }
        return testClass;
    }

    static Lock console(Class<?> testClass) {
        boolean captures = AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extension -> Set.of(extension.value()).contains(OutputCaptureExtension.class));
        return new Lock(Resources.SYSTEM_OUT, captures ? ResourceAccessMode.READ_WRITE : ResourceAccessMode.READ);
    }
}
