package io.storyloom.generation;

import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the job-queue work that follows a commit (queueing a book, removing a deleted book's jobs) on a
 * thread of its own. A {@code @TransactionalEventListener} runs while the committed transaction still
 * holds its database connection, and JobRunr takes a second one: a burst of requests then held every
 * connection of the pool and waited for another until the pool gave up, and JobRunr, starved too,
 * stopped its job server. Here the request lets its connection go at once and the work takes one
 * when it is free. A book left unqueued by a crash or a failure here is queued again by the
 * {@link Watchdog}; a deleted book's job left behind finds no book when it runs.
 */
@Component
class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("after-commit-", 1).factory());

    void run(String operation, UUID storyId, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("operation", operation).addKeyValue("story_id", storyId)
                        .log("{} of story {} failed: {}", operation, storyId,
                                e.getMessage());
            }
        });
    }

    @PreDestroy
    void close() {
        executor.close(); // lets queued work finish: a book asked for just before shutdown is still queued
    }
}
