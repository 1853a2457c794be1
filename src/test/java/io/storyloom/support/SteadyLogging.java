package io.storyloom.support;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Holds off apps' logging set-up while a test method of a {@link CapturedConsole} class runs. The method
 * body only: the callbacks around it use Spring's context cache, which an app starting holds while it waits
 * for this lock.
 */
final class SteadyLogging implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        steadily(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        steadily(invocation);
    }

    private static void steadily(Invocation<Void> invocation) throws Throwable {
        LoggingSetup.LOCK.readLock().lock();
        try {
            invocation.proceed();
        } finally {
            LoggingSetup.LOCK.readLock().unlock();
        }
    }
}
