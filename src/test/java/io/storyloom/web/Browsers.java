package io.storyloom.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium for the web test classes, each class with a browser to itself while it runs. Playwright
 * objects are not thread-safe, and test classes on different apps run side by side, so two classes never
 * share one: a class borrows a browser (its own Playwright connection) before its first test and gives it
 * back after its last, for the next class to reuse. No more browsers start than classes run at once; all
 * close when the test run ends.
 */
final class Browsers implements BeforeAllCallback, AfterAllCallback {

    private static final Deque<Chromium> IDLE = new ArrayDeque<>();
    private static final List<Chromium> ALL = new ArrayList<>();
    private static final Map<Class<?>, Chromium> LENT = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browsers::closeAll));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        LENT.put(context.getRequiredTestClass(), borrow());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Chromium chromium = LENT.remove(context.getRequiredTestClass());
        if (chromium != null) {
            giveBack(chromium);
        }
    }

    /** The browser the running test class has borrowed. */
    static Browser of(Class<?> testClass) {
        Chromium chromium = LENT.get(testClass);
        if (chromium == null) {
            throw new IllegalStateException(testClass.getName() + " has no browser: is it a WebPageTest?");
        }
        return chromium.browser();
    }

    private static Chromium borrow() {
        synchronized (IDLE) {
            Chromium idle = IDLE.poll();
            while (idle != null && !idle.browser().isConnected()) {
                idle.close();
                idle = IDLE.poll();
            }
            if (idle != null) {
                return idle;
            }
        }
        Chromium started = Chromium.launch(); // outside the lock: another class may give one back meanwhile
        synchronized (IDLE) {
            ALL.add(started);
        }
        return started;
    }

    private static void giveBack(Chromium chromium) {
        synchronized (IDLE) {
            IDLE.push(chromium);
        }
    }

    private static void closeAll() {
        synchronized (IDLE) {
            ALL.forEach(Chromium::close);
            ALL.clear();
            IDLE.clear();
        }
    }

    private record Chromium(Playwright playwright, Browser browser) {

        static Chromium launch() {
            Playwright playwright = Playwright.create();
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new Chromium(playwright, browser);
        }

        void close() {
            try {
                browser.close();
                playwright.close();
            } catch (RuntimeException alreadyGone) {
                // The driver process may have gone first at shutdown.
            }
        }
    }
}
