package io.storyloom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test class that starts the app as separate processes ({@link AppProcess}). Such classes spend most of
 * their time waiting for those processes, so they run beside the in-process test classes, at most
 * {@link ProcessSlots#SLOTS} such classes at a time; {@code bin/test --fast} leaves them out (tag
 * {@code processes}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("processes")
@Execution(ExecutionMode.CONCURRENT)
@ExtendWith(ProcessSlots.class)
public @interface SeparateProcesses {

    /** Runs with no other such class, as a test that measures how quickly the processes answer must. */
    boolean alone() default false;
}
