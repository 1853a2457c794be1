package io.storyloom.safety;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic classifier, loaded once per JVM on a background thread: the quantised all-MiniLM-L6-v2
 * sentence-embedding model (bundled in a Maven Central jar, run by ONNX Runtime in the process, no
 * network) plus the embeddings of every exemplar. Loading takes about two seconds of one core; nothing
 * waits for it at start-up, and a review that comes first waits a bounded time ({@link ContentSafety}). The
 * {@link MeaningHead}'s larger model loads separately, when a sentence first needs it ({@link #meaning}).
 * Shared by every Spring context of a test run, so the models are loaded once there too.
 */
final class SemanticModel {

    private static final Logger log = LoggerFactory.getLogger(SemanticModel.class);
    private static volatile CompletableFuture<SemanticClassifier> loading;
    private static volatile CompletableFuture<Optional<MeaningHead>> meaning;

    private SemanticModel() {
    }

    /**
     * The meaning head, loaded on a background thread when a review first needs it: its model is the larger and most
     * reviews never do, so a process that only sees gentle texts never holds it.
     */
    static CompletableFuture<Optional<MeaningHead>> meaning() {
        CompletableFuture<Optional<MeaningHead>> current = meaning;
        if (current != null) {
            return current;
        }
        synchronized (SemanticModel.class) {
            if (meaning == null) {
                meaning = loadInBackground("safety-meaning-load", "Safety meaning head",
                        "reviews that need it will be refused", MeaningHead::load);
            }
            return meaning;
        }
    }

    /** Starts loading unless it has started already; the future completes when the classifier is ready. */
    static CompletableFuture<SemanticClassifier> load() {
        CompletableFuture<SemanticClassifier> current = loading;
        if (current != null) {
            return current;
        }
        synchronized (SemanticModel.class) {
            if (loading == null) {
                loading = loadInBackground("safety-model-load", "Safety classifier",
                        "reviews will be refused until it is", () -> {
                            Lexicon.shared();
                            return new SemanticClassifier(new SentenceEmbedder(), Exemplars.load(), Calibration.load(),
                                    SemanticModel::meaning);
                        });
            }
            return loading;
        }
    }

    /** Runs {@code load} on a daemon thread of that name, logging how long it took or why it failed. */
    private static <T> CompletableFuture<T> loadInBackground(String thread, String what, String ifFailed,
            Callable<T> load) {
        var future = new CompletableFuture<T>();
        Thread.ofPlatform().daemon().name(thread).start(() -> {
            long started = System.nanoTime();
            try {
                T loaded = load.call();
                log.info("{} ready in {} ms", what, (System.nanoTime() - started) / 1_000_000);
                future.complete(loaded);
            } catch (Throwable e) {
                log.error("{} could not be loaded; {}", what, ifFailed, e);
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /**
     * What is loading, once loaded, waiting up to {@code wait}.
     *
     * @throws ReviewUnavailableException when it is not loaded by then (or could not be): nothing is passed unreviewed
     */
    static <T> T awaitLoaded(CompletableFuture<T> loading, Duration wait) {
        try {
            return loading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new ReviewUnavailableException("The safety check is still starting up. Please try again in a "
                    + "moment.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewUnavailableException("The safety check was interrupted. Please try again.", e);
        }
    }
}
