package io.storyloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.StoryClient;
import io.storyloom.support.TestDatabase;
import io.storyloom.support.Users;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real app (H2, offline models) with the web page driven by Debian's Chromium, headless. A browser
 * per running test class, borrowed from {@link Browsers} (started as needed, closed when the test run ends),
 * a fresh context (cookies, storage) per test. The web test classes share one running app of their own,
 * so they run beside the other H2 test classes.
 */
@Tag("browser") // left out by bin/test --fast
@TestDatabase(value = TestDatabase.Kind.H2, app = "web page")
@ExtendWith(Browsers.class)
abstract class WebPageTest extends AppTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> pageErrors = new ArrayList<>();
    protected final List<String> dialogs = new ArrayList<>();
    private final List<String> policyViolations = new ArrayList<>();

    @BeforeAll
    static void assertionTimeout() {
        // Generous for a shared two-core machine; a passing assertion returns as soon as it holds.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @BeforeEach
    void openContext() {
        context = newContext(1280, 900);
        page = context.newPage();
        watch(page);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    /** A fresh browser context (no cookies, no storage) of that window size. */
    protected BrowserContext newContext(int width, int height) {
        return Browsers.of(getClass())
                .newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-GB"));
    }

    /** Records script errors and dialogs (an injected alert() would show here), and dismisses dialogs. */
    protected void watch(Page p) {
        p.onPageError(error -> pageErrors.add(error));
        p.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        p.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
    }

    /** The page's clock stands still from now on (also across reloads); only runFor moves it. */
    protected void stopTheClock(Page p) {
        p.clock().install(new Clock.InstallOptions().setTime(System.currentTimeMillis()));
        // The installed clock runs on in real time until paused, and on a busy machine the two calls can be
        // seconds apart: pausing at a time already past fails ("Cannot fast-forward to the past").
        p.clock().pauseAt(System.currentTimeMillis() + 2000);
    }

    /** Runs the axe accessibility rules (WCAG 2.x A and AA) on the page as it is now: none may fail. */
    protected void assertAccessible(Page p, String view) {
        assertThat(Axe.violations(p)).as("axe violations on " + view).isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void screenshot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    /** A new account made through the API (a parent who signed up earlier); returns its email. */
    protected String existingParent() {
        return Users.signUp(port);
    }

    /** The story API acting as that parent, for setting the scene quickly. */
    protected StoryClient storiesOf(String email) {
        return new StoryClient(new Api(port).header("Authorization", "Bearer " + Users.token(port, email)));
    }

    /** Signs in through the page's own sign-in screen and waits for the bookshelf. */
    protected void signIn(Page p, String email) {
        p.navigate(url("/signin"));
        p.getByLabel("Email").fill(email);
        p.getByLabel("Password").fill(Users.PASSWORD);
        p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        p.waitForURL("**/#/library");
    }
}
