package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.storyloom.story.StoryStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader and the owner's tools against a scripted finished book: turning pages (buttons, keys,
 * swipe), reading aloud (with a stand-in for the browser's voice, which headless Chromium lacks),
 * editing a page's words, its history and restoring, painting a picture again, and that words from
 * users or the model are shown as text, never as markup.
 */
class ReaderTest extends WebPageTest {

    private static final List<String> TEXTS = List.of(
            "Robin found a kite in the attic. It was red and very old.",
            "The wind pulled the kite up, up, up into the sky.",
            "Pip the puppy barked at the kite. Robin laughed.",
            "At sunset they walked home together, tired and happy.");

    /** Stands in for speechSynthesis: keeps what the page asks it to say; the test plays the voice's events. */
    private static final String FAKE_VOICE = """
            (() => {
              const spoken = [];
              const voice = {
                paused: false,
                speak(utterance) { spoken.push(utterance); },
                cancel() { spoken.length = 0; },
                pause() { this.paused = true; },
                resume() { this.paused = false; },
                getVoices() { return []; },
                addEventListener() {},
                removeEventListener() {},
              };
              Object.defineProperty(window, 'speechSynthesis', { value: voice, configurable: true });
              window.__voice = { spoken, voice };
            })();
            """;

    private FakeBook book;

    private void open(String address) {
        book.serve(page);
        page.navigate(url(address));
    }

    private Locator indicator() {
        return page.locator(".page-indicator");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void turnsPagesWithButtonsKeysAndSwipesAndKeepsThePageInTheAddress() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        open("/#/story/" + book.id + "/read");

        assertThat(page.locator("#reader-title")).hasText(book.title);
        assertThat(page.locator(".cover-for")).hasText("A story for Robin");
        assertThat(indicator()).hasText("Cover · 4 pages");
        assertThat(button("Previous page")).isDisabled();
        screenshot(page, "book-cover-desktop");

        button("Next page").click();
        assertThat(indicator()).hasText("Page 1 of 4");
        assertThat(page.locator(".page-text")).hasText(TEXTS.get(0));
        assertThat(page.locator(".spread-picture img")).hasAttribute("alt", ScriptedStory.sceneOf(1));
        assertThat(page).hasURL(url("/#/story/" + book.id + "/read/1"));

        page.keyboard().press("ArrowRight");
        assertThat(indicator()).hasText("Page 2 of 4");
        page.keyboard().press("End");
        assertThat(indicator()).hasText("Page 4 of 4");
        assertThat(button("Next page")).isDisabled();
        page.keyboard().press("ArrowLeft");
        assertThat(indicator()).hasText("Page 3 of 4");
        page.keyboard().press("Home");
        assertThat(indicator()).hasText("Cover · 4 pages");

        // Swipe left on the book: the next page. Swipe right: back.
        var box = page.locator(".spread").boundingBox();
        double y = box.y + box.height / 2;
        page.mouse().move(box.x + box.width * 0.45, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.05, y + 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        assertThat(indicator()).hasText("Page 1 of 4");
        page.mouse().move(box.x + box.width * 0.05, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.45, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        assertThat(indicator()).hasText("Cover · 4 pages");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Page 3")).click();
        assertThat(indicator()).hasText("Page 3 of 4");
        page.reload();
        assertThat(indicator()).hasText("Page 3 of 4");
        assertThat(page.locator(".page-text")).hasText(TEXTS.get(2));
        screenshot(page, "book-page-desktop");

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        assertThat(page.locator(".side-turn-next")).isHidden();
        screenshot(page, "book-page-phone");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void readsAloudSentenceBySentenceHighlightingTheWordAndTurnsThePage() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        page.addInitScript(FAKE_VOICE);
        open("/#/story/" + book.id + "/read/1");

        Locator read = page.locator("#read-aloud");
        assertThat(read).hasText("Read aloud");
        assertThat(read).hasAttribute("aria-pressed", "false");
        read.click();
        assertThat(read).hasText("Pause");
        assertThat(read).hasAttribute("aria-pressed", "true");
        assertThat(page.evaluate("() => window.__voice.spoken.map(u => u.text)"))
                .isEqualTo(List.of("Robin found a kite in the attic.", "It was red and very old."));
        assertThat(page.evaluate("() => window.__voice.spoken[0].lang")).isEqualTo("en");

        page.evaluate("() => window.__voice.spoken[0].onstart(new Event('start'))");
        assertThat(page.locator(".sentence.is-reading")).hasText("Robin found a kite in the attic.");
        page.evaluate("() => window.__voice.spoken[0].onboundary({ name: 'word', charIndex: 14 })");
        assertThat(page.locator(".word.is-reading-word")).hasText("kite");

        read.click();
        assertThat(read).hasText("Keep reading");
        assertThat(page.evaluate("() => window.__voice.voice.paused")).isEqualTo(true);
        read.click();
        assertThat(read).hasText("Pause");
        assertThat(page.evaluate("() => window.__voice.voice.paused")).isEqualTo(false);

        // The last sentence ends: the page turns and reading goes on with the next page.
        page.evaluate("() => window.__voice.spoken[1].onend(new Event('end'))");
        assertThat(indicator()).hasText("Page 2 of 4");
        assertThat(read).hasText("Pause");
        assertThat(page.evaluate("() => window.__voice.spoken.map(u => u.text)"))
                .isEqualTo(List.of("The wind pulled the kite up, up, up into the sky."));

        page.locator("#stop-reading").click();
        assertThat(read).hasText("Read aloud");
        assertThat(page.locator("#stop-reading")).isHidden();
        assertThat(page.locator(".is-reading")).hasCount(0);
    }

    /** Stands in for playing audio: keeps each element the page plays; the test moves its clock and ends it. */
    private static final String FAKE_PLAYER = """
            (() => {
              window.__played = [];
              HTMLMediaElement.prototype.play = function () { window.__played.push(this); return Promise.resolve(); };
              HTMLMediaElement.prototype.pause = function () {};
            })();
            """;

    @Test
    void playsAPagesRecordingHighlightingTheSentenceHeardAndUsesTheBrowsersVoiceWhereThereIsNone() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        String first = TEXTS.get(0);
        int second = first.indexOf("It was");
        book.narrate(1, List.of(new long[] {0, second - 1, 0, 1500}, new long[] {second, first.length(), 1500, 3000}));
        page.addInitScript(FAKE_VOICE);
        page.addInitScript(FAKE_PLAYER);
        open("/#/story/" + book.id + "/read/1");

        Locator read = page.locator("#read-aloud");
        assertThat(page.locator(".page-text")).hasText(first);
        read.click();
        assertThat(read).hasText("Pause");
        assertThat(page.locator(".sentence.is-reading")).hasText("Robin found a kite in the attic.");
        assertThat(page.evaluate("() => window.__played.length")).isEqualTo(1);
        assertThat((String) page.evaluate("() => window.__played[0].src")).endsWith(book.audioUrl(1));
        assertThat(page.evaluate("() => window.__voice.spoken.length")).isEqualTo(0);

        // 2 s in, the second sentence is heard.
        page.evaluate("""
                () => {
                  const audio = window.__played[0];
                  Object.defineProperty(audio, 'currentTime', { value: 2.0, configurable: true });
                  audio.dispatchEvent(new Event('timeupdate'));
                }
                """);
        assertThat(page.locator(".sentence.is-reading")).hasText("It was red and very old.");

        // The recording ends: the page turns, and page 2 has no recording, so the browser's voice reads it.
        page.evaluate("() => window.__played[0].dispatchEvent(new Event('ended'))");
        assertThat(indicator()).hasText("Page 2 of 4");
        assertThat(read).hasText("Pause");
        assertThat(page.evaluate("() => window.__voice.spoken.map(u => u.text)"))
                .isEqualTo(List.of("The wind pulled the kite up, up, up into the sky."));
        assertThat(page.evaluate("() => window.__played.length")).isEqualTo(1);
        assertThat(book.calls()).contains("GET /narration");
    }

    @Test
    void withoutSpeechInTheBrowserThereIsNoReadAloudButton() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        page.addInitScript("Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });");
        open("/#/story/" + book.id + "/read/1");
        assertThat(page.locator(".page-text")).hasText(TEXTS.get(0));
        assertThat(page.locator("#read-aloud")).isHidden();
        // It says so, rather than leaving the parent to wonder where reading aloud went.
        assertThat(page.locator("#no-voice")).isVisible();
        assertThat(page.locator("#no-voice")).containsText("This browser has no voice to read aloud with");
        assertAccessible(page, "the reader without a voice");
    }

    @Test
    void theParentChoosesTheSpeedOfTheVoiceAndTheChoiceIsKept() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        page.addInitScript(FAKE_VOICE);
        open("/#/story/" + book.id + "/read/1");
        page.locator(".voice-settings summary").click();
        assertThat(page.getByLabel("Voice", new Page.GetByLabelOptions().setExact(true)).locator("option").first())
                .hasText("The usual voice");
        page.getByLabel("Speed").evaluate("range => { range.value = '1.3'; range.dispatchEvent(new Event('input', { bubbles: true })); }");
        assertThat(page.locator(".voice-speed-value")).hasText("1.3×");
        page.reload();
        page.locator("#read-aloud").click();
        assertThat(((Number) page.evaluate("() => window.__voice.spoken[0].rate")).doubleValue())
                .isCloseTo(1.3, org.assertj.core.data.Offset.offset(0.001));
        page.locator(".voice-settings summary").click();
        assertThat(page.getByLabel("Speed")).hasValue("1.3");
        assertAccessible(page, "the reader's voice settings");
    }

    @Test
    void editsAPageInPlaceAndRestoresTheOriginalFromItsHistory() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        open("/#/story/" + book.id + "/read/2");
        assertThat(page.locator(".page-text")).hasText(TEXTS.get(1));

        button("Change the words").click();
        Locator words = page.getByLabel("Words on page 2");
        assertThat(words).isFocused();
        assertThat(words).hasValue(TEXTS.get(1));
        words.fill("   ");
        button("Save words").click();
        assertThat(page.locator(".page-editor .field-error")).hasText("A page needs some words.");

        words.fill("The wind lifted the kite over the old oak tree.");
        button("Save words").click();
        assertThat(page.locator(".page-text")).hasText("The wind lifted the kite over the old oak tree.");
        assertThat(page.locator(".edit-note")).containsText("Words changed by Sam");
        assertThat(book.page(2).get("source")).isEqualTo("USER");
        assertThat(book.calls()).contains("PUT /pages/2");

        button("Page history").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator(".revision-kind")).hasText(new String[] {
                "Written by the storyteller", "Painted", "Words changed"});
        assertThat(dialog.locator(".revision").nth(2).locator(".revision-current")).hasText("This is the page now");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bring back these words")).first().click();
        assertThat(dialog.locator(".revision-kind")).hasCount(4);
        assertThat(dialog.locator(".revision-kind").last()).hasText("Brought back from history");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(page.locator(".page-text")).hasText(TEXTS.get(1));

        button("History").click();
        assertThat(page.getByRole(AriaRole.DIALOG).locator(".history-list").first()).containsText("Words changed");
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText(StoryStatus.COMPLETE.message());
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void paintsOnePictureAgainFollowingTheStatusAndShowsTheNewPicture() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        stopTheClock(page);
        open("/#/story/" + book.id + "/read/3");
        Locator picture = page.locator(".spread-picture img");
        assertThat(picture).hasAttribute("src", FakeBook.picture(3, 0));

        button("Paint again").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Paint it again")).click();
        assertThat(page.locator(".redraw-overlay")).containsText(StoryStatus.PENDING.message());
        assertThat(button("Paint again")).isDisabled();
        page.clock().runFor(2000);
        assertThat(page.locator(".redraw-overlay")).containsText(StoryStatus.GENERATING_PAGE_IMAGE.message(3));
        page.clock().runFor(2000);
        assertThat(picture).hasAttribute("src", FakeBook.picture(3, 1));
        assertThat(page.locator(".redraw-overlay")).hasCount(0);
        assertThat(button("Paint again")).isEnabled();
        assertThat(book.calls()).contains("POST /pages/3/illustration");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void aReloadWhileAPictureIsBeingPaintedAgainKeepsFollowingIt() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        stopTheClock(page);
        open("/#/story/" + book.id + "/read/4");
        button("Paint again").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Paint it again")).click();
        assertThat(page.locator(".redraw-overlay")).containsText(StoryStatus.PENDING.message());

        page.reload();
        assertThat(page.locator(".page-indicator")).hasText("Page 4 of 4");
        assertThat(page.locator(".redraw-overlay")).containsText(StoryStatus.GENERATING_PAGE_IMAGE.message(4));
        page.clock().runFor(2000);
        assertThat(page.locator(".spread-picture img")).hasAttribute("src", FakeBook.picture(4, 1));
        assertThat(page.locator(".redraw-overlay")).hasCount(0);
    }

    @Test
    void downloadsThePdfUnderTheServersNameAndSaysWhyAnEpubCannotBeHad() {
        book = new FakeBook("Robin and the Runaway Kite", "Robin", TEXTS);
        page.route("**/stories/" + book.id + "/export.pdf?paper=a4", route -> route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions().setStatus(200).setContentType("application/pdf")
                        .setHeaders(Map.of("Content-Disposition",
                                "attachment; filename=\"Robin-and-the-Runaway-Kite.pdf\"; filename*=UTF-8''Robin%20and%20the%20Runaway%20Kite.pdf"))
                        .setBody("%PDF-1.7 a tiny book")));
        page.route("**/stories/" + book.id + "/export.epub", route -> FakeBook.reply(route, 409,
                Map.of("title", "Not possible in the story's current state", "status", 409,
                        "detail", "The book is still being made.")));
        open("/#/story/" + book.id + "/read");

        page.locator(".menu summary").click();
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("PDF · A4")).click());
        assertThat(download.suggestedFilename()).isEqualTo("Robin and the Runaway Kite.pdf");

        page.locator(".menu summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("EPUB e-book")).click();
        assertThat(page.locator(".toast-error")).hasText("The book is still being made.");
    }

    @Test
    void wordsFromPeopleAndTheModelAreShownAsTextNeverAsMarkup() {
        String script = "<script>alert(1)</script>";
        String image = "\"><img src=x onerror=alert(1)>";
        book = new FakeBook(script + " and the kite", script, List.of(image + " went outside.", "Then home."));
        page.route(address -> address.contains("/stories?"), route -> FakeBook.reply(route, 200, Map.of(
                "items", List.of(Map.of("story_id", book.id, "title", book.title, "child_name", script,
                        "status", "COMPLETE", "status_message", StoryStatus.COMPLETE.message(),
                        "progress", Map.of("pages_done", 2, "pages_total", 2), "art_style", "watercolor",
                        "created_at", "2026-11-21T10:00:00Z")),
                "page", 0, "size", 12, "total_items", 1, "total_pages", 1)));
        open("/#/library");
        assertThat(page.locator(".book-card-title")).hasText(book.title);
        assertThat(page.locator(".book-card-child")).hasText("for " + script);

        page.locator(".book-card-link").click();
        assertThat(page.locator("#reader-title")).hasText(book.title);
        assertThat(page.locator(".cover-for")).hasText("A story for " + script);
        button("Next page").click();
        assertThat(page.locator(".page-text")).hasText(image + " went outside.");
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(page.locator("body script")).hasCount(0);
        assertThat(dialogs).isEmpty();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void aSharedBookOpensReadOnlyWithoutAnAccount() {
        BrowserContext stranger = newContext(PHONE_WIDTH, PHONE_HEIGHT);
        Page reader = stranger.newPage();
        watch(reader);
        reader.route("**/shared/s_token123", route -> FakeBook.reply(route, 200, Map.of(
                "title", "Robin and the Runaway Kite", "child_name", "Robin", "art_style", "watercolor", "language", "en",
                "meta", Map.of("setting", "a meadow"),
                "pages", List.of(Map.of("number", 1, "text", TEXTS.get(0), "image_url", FakeBook.picture(1, 0))))));
        reader.navigate(url("/s/s_token123"));
        assertThat(reader.locator("#reader-title")).hasText("Robin and the Runaway Kite");
        assertThat(reader.locator(".shared-banner")).containsText("Someone shared this book with you");
        reader.locator("#next-page").click();
        assertThat(reader.locator(".page-text")).hasText(TEXTS.get(0));
        assertThat(reader.getByText("Change the words")).hasCount(0);
        assertThat(reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share"))).hasCount(0);
        stranger.close();
    }
}
