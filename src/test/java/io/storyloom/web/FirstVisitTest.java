package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.storyloom.support.StoryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer meets and what the page costs to load: the landing view with a sample book to leaf
 * through, sign-in one click away, the children's-data note; the bytes a first visit and a bookshelf
 * of six books move; and how soon sign-in can be used on a slow mobile connection.
 */
class FirstVisitTest extends WebPageTest {

    /** What the first visit (the landing view, fonts and the sample book's first picture) may move. */
    static final long FIRST_VISIT_BUDGET = 300 * 1024;
    /** What a bookshelf of six finished books may move, covers included. */
    static final long LIBRARY_BUDGET = 600 * 1024;
    /** Sign-in must be usable (its form drawn) this soon on the slow-3G profile. */
    static final double SIGN_IN_BUDGET_MS = 3000;

    private Locator link(Page p, String name) {
        return p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aVisitorMeetsWhatStoryloomMakesLeafsThroughASampleBookAndSignsInWithOneClick() {
        for (int[] size : new int[][] {{1280, 900}, {PHONE_WIDTH, PHONE_HEIGHT}}) {
            String device = size[0] == PHONE_WIDTH ? "phone" : "desktop";
            BrowserContext visitor = newContext(size[0], size[1]);
            Page p = visitor.newPage();
            watch(p);
            p.navigate(url("/"));
            assertThat(p).hasURL(url("/"));
            assertThat(p.locator("h1")).hasText("A picture book starring your child");
            assertThat(p.locator(".landing .lead")).containsText("writes the story and paints every page");
            assertThat(p.getByText("Welcome back")).hasCount(0);

            // A real book: the cover, then each page with its words and its picture.
            Locator picture = p.locator(".sample-picture");
            assertThat(p.locator(".sample-text")).hasText("“Mia and the Speckled Egg” — a story for Mia");
            assertThat(picture).hasJSProperty("naturalWidth", 640);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page")).click();
            assertThat(p.locator(".sample-indicator")).hasText("Page 1 of 6");
            assertThat(p.locator(".sample-text")).containsText("Mia");
            assertThat(picture).hasAttribute("src", "/assets/sample/page-1.jpg");
            for (int n = 2; n <= 6; n++) {
                p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page")).click();
                assertThat(p.locator(".sample-indicator")).hasText("Page " + n + " of 6");
                assertThat(picture).hasAttribute("src", "/assets/sample/page-" + n + ".jpg");
                assertThat(picture).hasJSProperty("naturalWidth", 640);
            }
            assertThat(p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page"))).isDisabled();

            Locator note = p.locator(".data-note");
            assertThat(note).containsText("What we keep");
            assertThat(note).containsText("Who sees it");
            assertThat(note).containsText("How to delete it");
            assertThat(link(p, "Make a book")).hasAttribute("href", "/signup");
            screenshot(p, "landing-" + device);
            assertAccessible(p, "the landing view on a " + device);

            link(p, "Sign in").first().click();
            assertThat(p).hasURL(url("/signin"));
            assertThat(p.getByLabel("Email")).isEditable();
            assertAccessible(p, "sign-in on a " + device);
            visitor.close();
        }
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void theFirstVisitStaysInItsBudgetAndItsFilesAreVersionedAndKeptForAYear() {
        AtomicLong bytes = countBytes(page);
        List<String> files = new ArrayList<>();
        page.onResponse(response -> files.add(response.url() + " " + response.headers().get("cache-control")));
        page.navigate(url("/"));
        assertThat(page.locator(".sample-picture")).hasJSProperty("naturalWidth", 640);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        System.out.printf("First visit: %d bytes in %d responses%n", bytes.get(), files.size());
        assertThat(bytes.get()).as("bytes moved by the first visit").isLessThan(FIRST_VISIT_BUDGET);
        assertThat(files).filteredOn(f -> f.contains("/assets/") && !f.contains("/assets/sample/"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f).matches(".*/assets/v-[0-9a-f]{12}/.* .*max-age=31536000.*immutable.*"));

    }

    @Test
    void signInIsUsableWithinThreeSecondsOnSlow3G() {
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        // WebPageTest's "3G Slow": 400 kbit/s each way, 400 ms round trip.
        var slow3g = new JsonObject();
        slow3g.addProperty("offline", false);
        slow3g.addProperty("latency", 400);
        slow3g.addProperty("downloadThroughput", 400 * 1000 / 8);
        slow3g.addProperty("uploadThroughput", 400 * 1000 / 8);
        cdp.send("Network.emulateNetworkConditions", slow3g);
        cdp.send("Network.setCacheDisabled", cacheDisabled());
        // The moment the form can be used, measured by the page's own clock from the start of navigation.
        page.addInitScript("new MutationObserver((changes, observer) => {"
                + " if (document.querySelector('form input[type=email]')) {"
                + " window.signInUsableAt = performance.now(); observer.disconnect(); }"
                + "}).observe(document, { subtree: true, childList: true });");
        page.navigate(url("/signin"));
        assertThat(page.getByLabel("Email")).isEditable();
        double usableAt = ((Number) page.evaluate("() => window.signInUsableAt")).doubleValue();
        System.out.printf("Sign-in usable after %.0f ms on slow 3G%n", usableAt);
        assertThat(usableAt).as("ms until sign-in is usable on slow 3G").isLessThan(SIGN_IN_BUDGET_MS);
    }

    @Test
    void aBookshelfOfSixBooksStaysInItsBudgetWithPicturesSizedForTheirCards() {
        String email = existingParent();
        StoryClient api = storiesOf(email);
        for (int round = 0; round < 2; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(api.create("Leo", 1));
            }
            ids.forEach(api::awaitEnd);
        }
        signIn(page, email);
        AtomicLong bytes = countBytes(page);
        page.reload();
        Locator covers = page.locator(".book-card .book-cover img");
        assertThat(covers).hasCount(6);
        page.mouse().wheel(0, 5000);
        for (int i = 0; i < 6; i++) {
            assertThat(covers.nth(i)).not().hasJSProperty("naturalWidth", 0);
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        System.out.printf("Bookshelf of six: %d bytes%n", bytes.get());
        assertThat(bytes.get()).as("bytes moved by a bookshelf of six books").isLessThan(LIBRARY_BUDGET);
        String chosen = (String) covers.first().evaluate("img => img.currentSrc");
        assertThat(chosen).contains("w=320");
    }

    private static JsonObject cacheDisabled() {
        var off = new JsonObject();
        off.addProperty("cacheDisabled", true);
        return off;
    }

    /** Sums the bytes each finished request moved over the network: headers and (compressed) body. */
    private static AtomicLong countBytes(Page p) {
        var bytes = new AtomicLong();
        p.onRequestFinished((Request request) -> {
            var sizes = request.sizes();
            bytes.addAndGet(sizes.responseBodySize + sizes.responseHeadersSize);
        });
        return bytes;
    }
}
