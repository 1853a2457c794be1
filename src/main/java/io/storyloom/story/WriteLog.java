package io.storyloom.story;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.dao.DataAccessException;

/**
 * Logs every write of generated or edited data as one structured entry — operation, story, page,
 * duration — and a failed write as an error entry with the same context, so a database problem can be
 * traced to the story and step it hit.
 */
final class WriteLog {

    private static final Logger log = LoggerFactory.getLogger(WriteLog.class);

    private WriteLog() {
    }

    static void run(String operation, UUID storyId, Integer page, Runnable write) {
        call(operation, storyId, page, () -> {
            write.run();
            return null;
        });
    }

    static <T> T call(String operation, UUID storyId, Integer page, Supplier<T> write) {
        long started = System.nanoTime();
        try {
            T result = write.get();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            context(log.atInfo(), operation, storyId, page).addKeyValue("duration_ms", millis)
                    .log("{} of story {}{} in {} ms", operation, storyId, page == null ? "" : " page " + page, millis);
            return result;
        } catch (DataAccessException e) {
            context(log.atError(), operation, storyId, page).setCause(e)
                    .log("{} of story {}{} failed: {}", operation, storyId, page == null ? "" : " page " + page,
                            e.getMostSpecificCause().getMessage());
            throw e;
        }
    }

    /** Adds what the thread's log context (MDC) does not already carry, so no field appears twice. */
    private static LoggingEventBuilder context(LoggingEventBuilder event, String operation, UUID storyId, Integer page) {
        event = event.addKeyValue("operation", operation);
        if (MDC.get("story_id") == null) {
            event = event.addKeyValue("story_id", storyId);
        }
        return page == null || MDC.get("page") != null ? event : event.addKeyValue("page", page);
    }
}
