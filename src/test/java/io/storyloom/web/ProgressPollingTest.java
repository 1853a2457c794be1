package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.storyloom.story.StoryStatus;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The progress view against scripted backend answers (seed 000 §2, §4b): the message window shows
 * each status_message in turn, the page asks for the status every 2 s, and stops for good on COMPLETE
 * and on FAILED with the right view. The page's clock is Playwright's fake clock, so "2 s" is exact
 * and the tests do not wait in real time.
 */
class ProgressPollingTest extends WebPageTest {

    private Locator message() {
        return page.locator("#status-message");
    }

    private void open(ScriptedStory story) {
        story.serve(page);
        stopTheClock(page);
        page.navigate(url("/#/story/" + story.id));
    }



    /** The state each page's thumbnail shows, in page order. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> statesShown() {
        return (java.util.List<String>) page.locator(".page-preview").evaluateAll("els => els.map((e) => e.dataset.state)");
    }

    /** Lets 2 s pass in two steps, checking that no request goes out before the 2 s are up. */
    private void twoSecondsLater(ScriptedStory story) {
        int before = story.statusRequests();
        page.clock().runFor(1990);
        assertThat(story.statusRequests()).as("no status request before 2 s").isEqualTo(before);
        page.clock().runFor(10);
    }

    @Test
    void showsEveryStepInTurnAskingEveryTwoSecondsThenTheFinishMoment() {
        var story = new ScriptedStory(4).wholeJourney();
        open(story);

        int steps = story.script().size();
        for (int step = 0; step < steps; step++) {
            if (step > 0) {
                twoSecondsLater(story);
            }
            if (step == steps - 1) {
                assertThat(page.locator(".finish-moment h1")).isVisible();
            }
            if (step < steps - 1) {
                assertThat(message()).hasText(story.shownAt(step));
                // The bar moves from the first second, and only ever forwards.
                assertThat(page.getByRole(AriaRole.PROGRESSBAR)).not().hasAttribute("aria-valuenow", "0");
            }
            assertThat(story.statusRequests()).as("one status request per 2 s").isEqualTo(step + 1);
            if (step == 2) {
                assertThat(page.locator(".page-previews .page-preview")).hasCount(4);
            }
            if (step == 5) {
                // GENERATING_PAGE_IMAGE_3 with two pages done: their pictures are there, with the scene as alt text.
                assertThat(page.locator(".page-previews img")).hasCount(2);
                assertThat(page.locator(".page-previews img").first())
                        .hasAttribute("alt", ScriptedStory.sceneOf(1));
                // 3 steps + 2 pictures + half of the one being painted, of 3 + 4.
                assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "79");
                assertThat(page.locator(".step-now")).containsText("Drawing the pictures — 2 of 4 done");
                assertThat(statesShown()).containsExactly("done", "done", "painting", "waiting");
                assertThat(page.locator(".page-preview[data-page='3'] .picture-state")).hasText("Painting…");
                assertThat(page.locator(".page-preview[data-page='4'] .picture-state")).hasText("Waiting for paint");
                screenshot(page, "progress-desktop");
            }
        }

        // COMPLETE: a moment of its own, not a jump: the cover, the words, and what to do next.
        Locator finish = page.locator(".finish-moment");
        assertThat(finish.locator("h1")).hasText("Your book is ready!");
        assertThat(finish.locator(".finish-cover img")).hasAttribute("alt", ScriptedStory.sceneOf(1));
        assertThat(finish.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read"))).isVisible();
        assertThat(finish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Download"))).isVisible();
        assertThat(finish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share"))).isVisible();
        assertThat(page.locator("h1")).isFocused();
        // Every step and every page was said, in order, though several came and went between two answers.
        assertThat(page.locator("#page-announcements li")).hasText(new String[] {
                StoryStatus.PENDING.message(), StoryStatus.GENERATING_OUTLINE.message(),
                StoryStatus.GENERATING_REFERENCE_IMAGES.message(),
                "Painting page 1", "Painting page 2", "Page 1 is painted", "Painting page 3", "Page 2 is painted",
                "Painting page 4", "Page 3 is painted", "Page 4 is painted"});
        screenshot(page, "progress-finished-desktop");

        // Nothing asks for the status any more.
        int finalCount = story.statusRequests();
        assertThat(finalCount).isEqualTo(steps);
        page.clock().runFor(30_000);
        assertThat(story.statusRequests()).as("no status request after COMPLETE").isEqualTo(finalCount);
        assertAccessible(page, "the finish moment");
        finish.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read")).click();
        assertThat(page).hasURL(url("/#/story/" + story.id + "/read"));
        assertThat(page.locator("#reader-title")).hasText(ScriptedStory.TITLE);
        // Opening the book asks once where it is; then nothing more.
        int reading = story.statusRequests();
        assertThat(reading).isLessThanOrEqualTo(finalCount + 1);
        page.clock().runFor(30_000);
        page.locator("#next-page").click();
        assertThat(page.locator(".spread-page")).isVisible();
        assertThat(story.statusRequests()).as("no status request while reading").isEqualTo(reading);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void whenTheEventStreamFailsThePageAsksEveryTwoSecondsAndStillReachesTheFinish() {
        var story = new ScriptedStory(3).wholeJourney();
        var streams = new AtomicInteger();
        story.serveWithEventSource(page);
        page.route("**/stories/" + story.id + "/events", route -> {
            streams.incrementAndGet();
            route.abort();
        });
        stopTheClock(page);
        page.navigate(url("/#/story/" + story.id));
        assertThat(message()).hasText(story.messageAt(0));
        // The page opened the stream first, and has taken its failure (its handler runs with this count).
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> ((Number) page.evaluate("() => window.__streamErrors")).intValue() > 0);
        assertThat(streams.get()).isEqualTo(1);

        int steps = story.script().size();
        for (int step = 1; step < steps; step++) {
            twoSecondsLater(story);
            if (step < steps - 1) {
                assertThat(message()).hasText(story.shownAt(step));
            } else {
                assertThat(page.locator(".finish-moment h1")).hasText("Your book is ready!");
            }
            assertThat(story.statusRequests()).as("one status request per 2 s").isEqualTo(step + 1);
        }
        page.clock().runFor(30_000);
        assertThat(story.statusRequests()).as("no status request after COMPLETE").isEqualTo(steps);
        assertThat(streams.get()).as("the broken stream is not opened again").isEqualTo(1);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void eachThumbnailShowsItsOwnStateFromTheServerNotFromThePageTheStatusNames() {
        // Pages 1-3 are painted at once and page 2 finishes first; the status names page 3, the last begun.
        var story = new ScriptedStory(4).then("GENERATING_PAGE_IMAGE_3", 1)
                .withPages("painting", "done", "painting", "waiting");
        story.picturesAt(n -> n == 2 ? "/art-styles/watercolor/preview.png?page=2" : null);
        open(story);
        assertThat(page.locator(".page-preview[data-page='3'] .picture-state")).hasText("Painting…");
        assertThat(statesShown()).containsExactly("painting", "done", "painting", "waiting");
        assertThat(page.locator(".page-preview[data-page='1'] .picture-state")).hasText("Painting…");
        assertThat(page.locator(".page-preview[data-page='4'] .picture-state")).hasText("Waiting for paint");
        assertThat(page.locator(".page-preview[data-state=done] img")).hasAttribute("alt", ScriptedStory.sceneOf(2));
        assertThat(message()).hasText("Drawing the pictures — 1 of 4 done");
        assertThat(page.locator("#page-announcements li")).hasText(new String[] {"Painting page 1", "Painting page 3"});
        assertAccessible(page, "the progress view");
    }

    @Test
    void stopsOnFailedShowsWhyAndRetryStartsWatchingAgain() {
        String why = "The storyteller is not answering right now. Please try again in a few minutes.";
        var story = new ScriptedStory(2)
                .then("PENDING", 0).then("GENERATING_OUTLINE", 0).then("FAILED", 0, why)
                .then("GENERATING_OUTLINE", 0).then("COMPLETE", 2);
        var retries = new AtomicInteger();
        story.serve(page);
        page.route("**/stories/" + story.id + "/retry", route -> {
            retries.incrementAndGet();
            ScriptedStory.json(route, 202, Map.of("status", "PENDING", "status_message", StoryStatus.PENDING.message(),
                    "progress", Map.of("pages_done", 0, "pages_total", 2)));
        });
        stopTheClock(page);
        page.navigate(url("/#/story/" + story.id));

        assertThat(message()).hasText(StoryStatus.PENDING.message());
        twoSecondsLater(story);
        assertThat(message()).hasText(StoryStatus.GENERATING_OUTLINE.message());
        twoSecondsLater(story);
        assertThat(message()).hasText(why);
        Locator retry = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"));
        assertThat(retry).isVisible();
        assertThat(page.locator(".failure-text")).hasText(StoryStatus.FAILED.message());
        assertThat(page.locator(".step-stopped")).hasText(StoryStatus.GENERATING_OUTLINE.message() + " (stopped here)");
        assertThat(page.locator("h1")).hasText("We hit a snag");

        int afterFailure = story.statusRequests();
        assertThat(afterFailure).isEqualTo(3);
        page.clock().runFor(30_000);
        assertThat(retry).isVisible();
        assertThat(story.statusRequests()).as("no status request after FAILED").isEqualTo(afterFailure);
        screenshot(page, "progress-failed");

        retry.click();
        assertThat(message()).hasText(StoryStatus.PENDING.message());
        assertThat(page.locator(".failure")).isHidden();
        assertThat(retries.get()).isEqualTo(1);
        twoSecondsLater(story);
        assertThat(message()).hasText(StoryStatus.GENERATING_OUTLINE.message());
        twoSecondsLater(story);
        assertThat(page.locator(".finish-moment h1")).hasText("Your book is ready!");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void stoppingABookAsksFirstThenSaysStoppedWithContinue() {
        var story = new ScriptedStory(3).wholeJourney();
        var cancels = new AtomicInteger();
        story.serve(page);
        page.route("**/stories/" + story.id + "/cancel", route -> {
            cancels.incrementAndGet();
            ScriptedStory.json(route, 200, Map.of("status", "FAILED", "status_message", "Cancelled", "stopped", true,
                    "progress", Map.of("pages_done", 0, "pages_total", 3)));
        });
        stopTheClock(page);
        page.navigate(url("/#/story/" + story.id));
        assertThat(message()).hasText(story.messageAt(0));

        page.locator("#stop-making").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep going")).click();
        assertThat(dialog).hasCount(0);
        assertThat(cancels.get()).isZero();

        page.locator("#stop-making").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop it")).click();
        assertThat(page.locator("h1")).hasText("Stopped");
        assertThat(message()).hasText("Stopped");
        assertThat(page.getByText("We hit a snag")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))).isVisible();
        assertThat(page.locator("#stop-making")).isHidden();
        screenshot(page, "progress-stopped");
        int requests = story.statusRequests();
        page.clock().runFor(30_000);
        assertThat(story.statusRequests()).isEqualTo(requests);
        assertThat(cancels.get()).isEqualTo(1);
        assertAccessible(page, "a stopped book");
    }

    @Test
    void aReloadResumesWatchingTheStoryInTheAddress() {
        var story = new ScriptedStory(3).wholeJourney();
        open(story);
        assertThat(message()).hasText(story.messageAt(0));
        twoSecondsLater(story);
        assertThat(message()).hasText(story.messageAt(1));

        page.reload();
        assertThat(message()).hasText(story.messageAt(2));
        twoSecondsLater(story);
        assertThat(message()).hasText(story.shownAt(3));
        assertThat(page.locator(".message-log li").first()).hasText(story.messageAt(2));
    }

    @Test
    void theBookshelfOffersToGoOnWatchingABookBeingMade() {
        var story = new ScriptedStory(3).wholeJourney();
        open(story);
        assertThat(message()).hasText(story.messageAt(0));
        page.route(address -> address.contains("/stories?"), route -> ScriptedStory.json(route, 200, Map.of("items", java.util.List.of(),
                "page", 0, "size", 12, "total_items", 0, "total_pages", 0)));

        page.navigate(url("/#/library"));
        Locator banner = page.locator(".resume-banner");
        assertThat(banner).containsText(story.messageAt(1));
        banner.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Watch it")).click();
        assertThat(page).hasURL(url("/#/story/" + story.id));
        assertThat(message()).hasText(story.messageAt(2));
    }

    @Test
    void waitsLongerWhenTheServerCannotBeReachedThenCarriesOn() {
        var story = new ScriptedStory(2).wholeJourney();
        open(story);
        assertThat(message()).hasText(story.messageAt(0));

        var failures = new AtomicInteger();
        page.route("**/stories/" + story.id + "/status", route -> {
            if (failures.getAndIncrement() < 2) {
                route.abort();
            } else {
                route.fallback();
            }
        });
        page.clock().runFor(2000);
        assertThat(page.locator(".trouble")).containsText("Trying again in 4 seconds");
        page.clock().runFor(3990);
        assertThat(failures.get()).isEqualTo(1);
        page.clock().runFor(10);
        assertThat(page.locator(".trouble")).containsText("Trying again in 8 seconds");
        assertThat(failures.get()).isEqualTo(2);
        page.clock().runFor(8000);
        assertThat(message()).hasText(story.messageAt(1));
        assertThat(page.locator(".trouble")).isHidden();
        twoSecondsLater(story);
        assertThat(message()).hasText(story.messageAt(2));
    }

    @Test
    void phoneSizedProgressView() {
        var story = new ScriptedStory(6).wholeJourney();
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        open(story);
        for (int step = 1; step <= 6; step++) {
            assertThat(message()).hasText(story.shownAt(step - 1));
            twoSecondsLater(story);
        }
        assertThat(message()).hasText(story.shownAt(6));
        assertThat(page.locator(".page-previews img")).hasCount(3);
        assertThat(page.locator(".steps")).not().containsText("page");
        assertThat(page.locator("#page-announcements li").nth(1)).hasText(StoryStatus.GENERATING_OUTLINE.message());
        screenshot(page, "progress-phone");
        // The rest of the book, 2 s at a time until it is ready (the screenshot may have moved the clock).
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            page.clock().runFor(2000);
            return page.locator(".finish-moment h1").isVisible();
        });
        assertThat(page.locator(".finish-moment h1")).hasText("Your book is ready!");
        assertThat(page.locator(".finish-actions .btn")).hasText(new String[] {"Read", "Download", "Share"});
        screenshot(page, "progress-finished-phone");
        assertAccessible(page, "the finish moment on a phone");
    }
}
