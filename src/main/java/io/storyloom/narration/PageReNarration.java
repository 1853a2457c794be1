package io.storyloom.narration;

import io.storyloom.story.PageTextChanged;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Narrates a page again once its new text is saved (an edit, or an earlier text restored), off the
 * request's thread. Should the narrator fail, the page is left without a current recording and the
 * reader reads it with the browser's voice; the next full narration of the book makes it.
 */
@Component
class PageReNarration {

    private static final Logger log = LoggerFactory.getLogger(PageReNarration.class);

    private final Narrations narrations;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    PageReNarration(Narrations narrations) {
        this.narrations = narrations;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PageTextChanged changed) {
        if (!narrations.enabled()) {
            return;
        }
        executor.submit(() -> {
            try {
                narrations.narratePage(changed.storyId(), changed.page());
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("operation", "narrate_page").addKeyValue("page", changed.page())
                        .log("Page {} of story {} could not be narrated again: {}", changed.page(), changed.storyId(),
                                e.getMessage());
            }
        });
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
