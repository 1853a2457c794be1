package io.storyloom.safety;

import java.time.Duration;
import java.util.Optional;
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
                var future = new CompletableFuture<Optional<MeaningHead>>();
                Thread.ofPlatform().daemon().name("safety-meaning-load").start(() -> {
                    long started = System.nanoTime();
                    try {
                        future.complete(MeaningHead.load());
                        log.info("Safety meaning head ready in {} ms", (System.nanoTime() - started) / 1_000_000);
                    } catch (Throwable e) {
                        log.error("Safety meaning head could not be loaded; reviews that need it will be refused", e);
                        future.completeExceptionally(e);
                    }
                });
                meaning = future;
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
                var future = new CompletableFuture<SemanticClassifier>();
                Thread.ofPlatform().daemon().name("safety-model-load").start(() -> {
                    long started = System.nanoTime();
                    try {
                        Lexicon.shared();
                        var classifier = new SemanticClassifier(new SentenceEmbedder(),
                                Exemplars.load(), Calibration.load(), SemanticModel::meaning);
                        log.info("Safety classifier ready in {} ms", (System.nanoTime() - started) / 1_000_000);
                        future.complete(classifier);
                    } catch (Throwable e) {
                        log.error("Safety classifier could not be loaded; reviews will be refused until it is", e);
                        future.completeExceptionally(e);
                    }
                });
                loading = future;
            }
            return loading;
        }
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
