package io.storyloom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A contract test whose outcome depends on the database: what it checks goes through SQL that H2 and
 * PostgreSQL may answer differently (queries, locking, time, text, constraints, JobRunr's and the sessions'
 * tables, what a hostile value does to a statement). It runs on every database its contract is run on. The
 * contract's other tests check the web, the review or the pipeline above the store, and run on H2 only
 * ({@link DatabaseIndependentTestsOnH2}). On a contract class, every test of the contract is such a test.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OnEveryDatabase {
}
