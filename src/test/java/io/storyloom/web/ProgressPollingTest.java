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



    /** Lets 2 s pass in two steps, checking that no request goes out before the 2 s are up. */
    private void twoSecondsLater(ScriptedStory story) {
        int before = story.statusRequests();
        page.clock().runFor(1990);
        assertThat(story.statusRequests()).as("no status request before 2 s").isEqualTo(before);
        page.clock().runFor(10);
    }

    @Test
    void showsEveryStatusMessageInTurnAskingEveryTwoSecondsAndStopsOnComplete() {
        var story = new ScriptedStory(4).wholeJourney();
        open(story);

        int steps = story.script().size();
        for (int step = 0; step < steps; step++) {
            if (step > 0) {
                twoSecondsLater(story);
            }
            if (step < steps - 1) {
                assertThat(message()).hasText(story.messageAt(step));
            } else {
                // COMPLETE: the book opens by itself.
                assertThat(page.locator("#reader-title")).hasText(ScriptedStory.TITLE);
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
                assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "71");
                screenshot(page, "progress-desktop");
            }
        }

        // Nothing asks for the status any more.
        assertThat(page).hasURL(url("/#/story/" + story.id + "/read"));
        int finalCount = story.statusRequests();
        assertThat(finalCount).isEqualTo(steps);
        page.clock().runFor(30_000);
        page.locator("#next-page").click();
        assertThat(page.locator(".spread-page")).isVisible();
        assertThat(story.statusRequests()).as("no status request after COMPLETE").isEqualTo(finalCount);
        assertThat(pageErrors).isEmpty();
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
        assertThat(page.locator("#reader-title")).hasText(ScriptedStory.TITLE);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void stoppingABookAsksFirstThenShowsItStoppedWithTryAgain() {
        var story = new ScriptedStory(3).wholeJourney();
        var cancels = new AtomicInteger();
        story.serve(page);
        page.route("**/stories/" + story.id + "/cancel", route -> {
            cancels.incrementAndGet();
            ScriptedStory.json(route, 200, Map.of("status", "FAILED", "status_message", "Cancelled",
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
        assertThat(message()).hasText("Cancelled");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"))).isVisible();
        assertThat(page.locator("#stop-making")).isHidden();
        int requests = story.statusRequests();
        page.clock().runFor(30_000);
        assertThat(story.statusRequests()).isEqualTo(requests);
        assertThat(cancels.get()).isEqualTo(1);
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
        assertThat(message()).hasText(story.messageAt(3));
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
            assertThat(message()).hasText(story.messageAt(step - 1));
            twoSecondsLater(story);
        }
        assertThat(message()).hasText(story.messageAt(6));
        assertThat(page.locator(".page-previews img")).hasCount(3);
        screenshot(page, "progress-phone");
    }
}
