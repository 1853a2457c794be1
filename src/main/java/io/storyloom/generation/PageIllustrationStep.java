package io.storyloom.generation;

import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.design.SceneMoment;
import io.storyloom.prompt.StoryPromptService;
import io.storyloom.prompt.StructuredStory;
import io.storyloom.story.Page;
import io.storyloom.story.StoryContent;
import io.storyloom.story.StoryStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * GENERATING_PAGE_IMAGE_{n}: for each page without a picture, its scene moment, full image prompt and
 * picture, each saved as soon as it exists. Pages are begun in order, several at a time up to
 * {@code storyloom.generation.page-concurrency}; after a failure no new page is begun, the running
 * ones finish (their pictures are kept for a retry) and the first failure ends the step.
 */
@Component
class PageIllustrationStep {

    private static final Logger log = LoggerFactory.getLogger(PageIllustrationStep.class);

    private final StoryPromptService prompts;
    private final StoryContent content;
    private final ImageModel images;
    private final Pictures pictures;
    private final GenerationProperties properties;
    private final Costs costs;

    PageIllustrationStep(StoryPromptService prompts, StoryContent content, ImageModel images, Pictures pictures,
            GenerationProperties properties, Costs costs) {
        this.prompts = prompts;
        this.content = content;
        this.images = images;
        this.pictures = pictures;
        this.properties = properties;
        this.costs = costs;
    }

    void run(GenerationRun run, StructuredStory outline, Look look, List<Page> pages) {
        var permits = new Semaphore(properties.pageConcurrency());
        var failure = new AtomicReference<RuntimeException>();
        List<Future<Void>> running = new ArrayList<>();
        for (Page page : pages) {
            if (page.hasImage()) {
                continue;
            }
            acquire(permits);
            if (failure.get() != null) {
                permits.release();
                break;
            }
            run.enter(StoryStatus.GENERATING_PAGE_IMAGE, page.number());
            running.add(run.fork(() -> {
                try {
                    illustrate(run, outline, look, page);
                    run.pageFinished();
                    return null;
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    throw e;
                } finally {
                    permits.release();
                }
            }));
        }
        for (Future<Void> page : running) {
            try {
                Futures.await(page);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void illustrate(GenerationRun run, StructuredStory outline, Look look, Page page) {
        MDC.put("page", Integer.toString(page.number()));
        long started = System.nanoTime();
        SceneMoment scene = page.sceneMoment() != null
                ? page.sceneMoment()
                : planScene(run, outline, look, page.number());
        draw(run, look, page, scene, pageSeed(run.brief().seed(), page.number()), null);
        log.info("Page {} illustrated in {} ms", page.number(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Draws a page of a finished book again with another seed, from its saved scene moment. */
    void redraw(GenerationRun run, Look look, Page page, long seed, String requestedBy) {
        draw(run, look, page, page.sceneMoment(), seed, requestedBy);
    }

    private void draw(GenerationRun run, Look look, Page page, SceneMoment scene, long seed, String requestedBy) {
        var prompt = prompts.composePageImage(look.style(), look.profile(), scene, images.promptLimit());
        String text = page.imagePrompt();
        // A saved prompt is drawn again as it is, unless the model now configured takes no prompt that long.
        if (text == null || text.length() > images.promptLimit()) {
            text = prompt.text();
            content.saveImagePrompt(run.storyId(), page.number(), text, GenerationRun.ACTOR);
        }
        run.ensureActive();
        var image = costs.drawing(run, page.number(), requestedBy != null, images, new ImageRequest(
                ImageRequest.Purpose.PAGE, text, prompt.sketch(), properties.imageWidth(), properties.imageHeight(),
                seed, look.reference(), run.tenant(), look.referenceKey()));
        String key = pictures.store(run.storyId(), "page-" + page.number(), image);
        content.savePageImage(run.storyId(), page.number(), key, seed, requestedBy == null ? image.model() : requestedBy);
    }

    private SceneMoment planScene(GenerationRun run, StructuredStory outline, Look look, int page) {
        run.ensureActive();
        var answer = costs.asking(run, () -> prompts.generateSceneMoment(run.brief(), outline, look.profile(), page));
        content.saveSceneMoment(run.storyId(), page, answer.value(), answer.model());
        costs.text(run, answer);
        return answer.value();
    }

    /** A page's own seed: different per page, the same for the same book and page. */
    static long pageSeed(long bookSeed, int page) {
        long z = bookSeed + page * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return (z ^ (z >>> 31)) & ((1L << 53) - 1);
    }

    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting to begin a page");
        }
    }
}
