package io.storyloom.support;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * At most {@link #SLOTS} {@link SeparateProcesses} classes at a time: they do not disturb each other (each
 * has its own databases, ports and media), but each starts up to three JVMs, which a two-core machine
 * can only start so many of at once. A class marked {@link SeparateProcesses#alone()} takes every slot. A
 * class waits for its slots as a managed block, so JUnit's pool lets another thread run other classes
 * meanwhile.
 */
final class ProcessSlots implements BeforeAllCallback, AfterAllCallback {

    static final int SLOTS = 2;
    private static final Semaphore FREE = new Semaphore(SLOTS, true);
    private static final ExtensionContext.Namespace HELD = ExtensionContext.Namespace.create(ProcessSlots.class);

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        int slots = slotsOf(context);
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            private boolean held;

            @Override
            public boolean block() throws InterruptedException {
                if (!held) {
                    FREE.acquire(slots);
                    held = true;
                }
                return true;
            }

            @Override
            public boolean isReleasable() {
                if (!held) {
                    held = FREE.tryAcquire(slots);
                }
                return held;
            }
        });
        context.getStore(HELD).put(context.getRequiredTestClass(), slots);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Integer held = context.getStore(HELD).remove(context.getRequiredTestClass(), Integer.class);
        if (held != null) {
            FREE.release(held);
        }
    }

    private static int slotsOf(ExtensionContext context) {
        boolean alone = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SeparateProcesses.class)
                .map(SeparateProcesses::alone).orElse(false);
        return alone ? SLOTS : 1;
    }
}
