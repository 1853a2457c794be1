package io.storyloom.support;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.TextCompletion;
import io.storyloom.ai.TextModel;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Stands between the pipeline and the real (offline) models in tests: it can hold every call until
 * the test lets it go, make a chosen call fail, and counts the calls that succeeded.
 *
 * <p>Call names: the {@link io.storyloom.ai.PromptKind} for text ({@code STRUCTURED_STORY} …) and
 * {@code IMAGE_CHARACTER_REFERENCE} / {@code IMAGE_PAGE} for pictures.
 */
public class ModelControl {

    // Guarded by this: a call that finds the gate shut joins the arrivals in the same step, so an open() that
    // runs meanwhile lets it through (it once waited its 60 s out, missed by an open() between the two).
    private boolean gated;
    private final BlockingQueue<Call> arrivals = new LinkedBlockingQueue<>();
    private final Map<String, AtomicInteger> failAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> succeeded = new ConcurrentHashMap<>();
    private final Map<String, Alteration> alterations = new ConcurrentHashMap<>();
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final AtomicInteger imagesInFlight = new AtomicInteger();
    private final AtomicInteger maxImagesInFlight = new AtomicInteger();
    private final Set<String> imageTenants = ConcurrentHashMap.newKeySet();

    /** A held call. */
    public record Call(String name, CountDownLatch release) {
        public void proceed() {
            release.countDown();
        }
    }

    public void reset() {
        open();
        failAt.clear();
        alterations.clear();
        seen.clear();
        succeeded.clear();
        arrived.set(0);
        interrupted.set(0);
        imagesInFlight.set(0);
        maxImagesInFlight.set(0);
        imageTenants.clear();
    }

    /** From now on every call waits until the test calls {@link Call#proceed()}. */
    public synchronized void hold() {
        gated = true;
    }

    /** Lets every held and future call through. */
    public synchronized void open() {
        gated = false;
        for (Call call; (call = arrivals.poll()) != null; ) {
            call.proceed();
        }
    }

    /** The next held call, waiting up to 30 s for it to arrive. */
    public Call nextCall() {
        try {
            Call call = arrivals.poll(30, TimeUnit.SECONDS);
            if (call == null) {
                throw new AssertionError("No model call arrived within 30 s");
            }
            return call;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Makes the n-th call (1-based, counted from now) of that name fail once. */
    public void failCall(String name, int nth) {
        seen.put(name, new AtomicInteger());
        failAt.put(name, new AtomicInteger(nth));
    }

    /** Changes the text of the next {@code times} answers of that prompt kind, as a misbehaving model would. */
    public void alterAnswers(String kind, int times, UnaryOperator<String> change) {
        alterations.put(kind, new Alteration(new AtomicInteger(times), change));
    }

    private record Alteration(AtomicInteger remaining, UnaryOperator<String> change) {
    }

    public int succeeded(String name) {
        return succeeded.getOrDefault(name, new AtomicInteger()).get();
    }

    /** How many calls reached the models since the last reset, held or not. */
    public int arrived() {
        return arrived.get();
    }

    /** How many held calls were interrupted (their run was stopped) before the test let them go. */
    public int interrupted() {
        return interrupted.get();
    }

    public int maxImagesInFlight() {
        return maxImagesInFlight.get();
    }

    /** Whom the pictures asked for since the last reset were for ({@link io.storyloom.ai.ImageRequest#tenant()}). */
    public Set<String> imageTenants() {
        return Set.copyOf(imageTenants);
    }

    public TextModel wrap(TextModel model) {
        return prompt -> call(prompt.kind().name(), () -> {
            TextCompletion answer = model.complete(prompt);
            Alteration alteration = alterations.get(prompt.kind().name());
            if (alteration != null && alteration.remaining().getAndDecrement() > 0) {
                return new TextCompletion(alteration.change().apply(answer.content()), answer.truncated(),
                        answer.model(), answer.usage());
            }
            return answer;
        });
    }

    public ImageModel wrap(ImageModel model) {
        return request -> {
            if (request.tenant() != null) {
                imageTenants.add(request.tenant());
            }
            int now = imagesInFlight.incrementAndGet();
            maxImagesInFlight.accumulateAndGet(now, Math::max);
            try {
                return call("IMAGE_" + request.purpose().name(), () -> model.draw(request));
            } finally {
                imagesInFlight.decrementAndGet();
            }
        };
    }

    private <T> T call(String name, Supplier<T> real) {
        arrived.incrementAndGet();
        Call call = held(name);
        if (call != null) {
            try {
                await(call.release());
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof InterruptedException) {
                    interrupted.incrementAndGet();
                }
                throw e;
            }
        }
        int n = seen.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        var fail = failAt.get(name);
        if (fail != null && fail.get() == n) {
            failAt.remove(name);
            throw new ProviderException(ProviderException.Reason.TRANSIENT, "test",
                    "The " + name + " service is not answering right now. Please try again in a few minutes.");
        }
        T result = real.get();
        succeeded.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        return result;
    }

    private synchronized Call held(String name) {
        if (!gated) {
            return null;
        }
        var call = new Call(name, new CountDownLatch(1));
        arrivals.add(call);
        return call;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Held model call was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
