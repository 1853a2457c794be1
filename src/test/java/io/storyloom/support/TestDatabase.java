package io.storyloom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database an {@link AppTest} runs on. Unlike a {@code @DynamicPropertySource} method per class,
 * which makes every class a context of its own, test classes that name the same database (and app) and set
 * nothing else share one running app (and one fresh database).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TestDatabase {

    Kind value();

    /**
     * Which of the apps on that database: classes naming another get another running app, so they can run
     * side by side with the rest (classes on one app take turns, see {@link RunningAppLocks}).
     */
    String app() default "";

    enum Kind {
        /** In memory, in the PostgreSQL mode the app uses. */
        H2,
        /** A file in a new temporary directory, with the URL settings of the app's default. */
        H2_FILE,
        /** A fresh database on the local PostgreSQL. */
        POSTGRES
    }
}
