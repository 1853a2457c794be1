package io.storyloom.support;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a contract's database-independent tests once, on H2: on a class that runs a contract on PostgreSQL,
 * a test the contract declares is skipped unless it (or the contract) is {@link OnEveryDatabase}. Tests a
 * PostgreSQL class declares itself always run.
 */
public class DatabaseIndependentTestsOnH2 implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            return ConditionEvaluationResult.enabled("a class");
        }
        Class<?> testClass = context.getRequiredTestClass();
        Class<?> contract = method.get().getDeclaringClass();
        boolean onPostgres = AnnotationSupport.findAnnotation(testClass, TestDatabase.class)
                .map(database -> database.value() == TestDatabase.Kind.POSTGRES).orElse(false);
        if (!onPostgres || contract == testClass
                || AnnotationSupport.isAnnotated(method, OnEveryDatabase.class)
                || AnnotationSupport.isAnnotated(testClass, OnEveryDatabase.class)) {
            return ConditionEvaluationResult.enabled("runs on this database");
        }
        return ConditionEvaluationResult.disabled("database-independent: " + contract.getSimpleName()
                + " runs it on H2");
    }
}
