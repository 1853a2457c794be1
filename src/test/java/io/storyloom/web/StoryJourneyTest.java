package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.storyloom.story.StoryStatus;
import io.storyloom.support.ModelControl;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A parent's whole journey against the real app (H2, offline writer and illustrator): sign up on the
 * page, make a four-page book and watch it being made, read every page, change page 2's words (kept
 * across a reload, original restorable), paint page 3 again; plus share links, the bookshelf, the
 * form's checks and hostile input.
 */
class StoryJourneyTest extends WebPageTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private Locator button(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String signUpThroughThePage() {
        page.navigate(url("/"));
        page.locator(".landing").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Make a book")).click();
        assertThat(page).hasURL(url("/signup"));
        String email = "parent-" + UUID.randomUUID() + "@example.com";
        page.getByLabel("Your name").fill("Sam");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(Users.PASSWORD);
        button(page, "Create my account").click();
        assertThat(page).hasURL(url("/#/library"));
        assertThat(page.locator("h1")).hasText("Sam's bookshelf");
        return email;
    }

    private void fillTheForm(Page p, String name, String idea, int pages) {
        p.getByLabel("Name", EXACT).fill(name);
        p.getByLabel("Age", EXACT).fill("5");
        p.locator("#more-about").evaluate("details => { details.open = true; }");
        p.getByLabel("Pronouns").fill("she/her");
        p.getByLabel("Hair").fill("curly red");
        p.getByLabel("Eyes").fill("green");
        p.getByLabel("Clothes").fill("a yellow raincoat");
        p.getByLabel("Favourite things").fill("dinosaurs, puddles");
        p.getByLabel("Companion").fill("a small blue dragon");
        p.getByLabel("Story idea").fill(idea);
        p.getByLabel("Lesson").fill("patience");
        p.getByLabel("Pages", EXACT).selectOption(String.valueOf(pages));
        p.locator("label.style-option", new Page.LocatorOptions().setHasText("Crayon")).click();
        assertThat(p.locator("#style-crayon")).isChecked();
    }

    private static String readStart(com.microsoft.playwright.Download download, int length) {
        try (var in = java.nio.file.Files.newInputStream(download.path())) {
            return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lets the held model calls go one by one until that many page pictures were drawn. */
    private void releaseUntilPagesDrawn(int pictures) {
        int released = 0;
        while (released < pictures) {
            ModelControl.Call call = models.nextCall();
            call.proceed();
            if (call.name().equals("IMAGE_PAGE")) {
                released++;
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> models.succeeded("IMAGE_PAGE") >= pictures);
    }

    @Test
    void aNewParentMakesAFourPageBookWatchesItReadsItChangesPageTwoAndPaintsPageThreeAgain() {
        String email = signUpThroughThePage();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make the first book")).click();
        assertThat(page.locator("h1")).hasText("Make a new book");
        assertThat(page.locator(".style-option img")).hasCount(7);
        fillTheForm(page, "Mia", "Mia finds a dragon egg in the garden and waits for it to hatch", 4);
        assertThat(page.locator(".chips .chip")).hasCount(2);
        screenshot(page, "form-desktop");

        models.hold();
        button(page, "Make my book").click();
        Locator message = page.locator("#status-message");
        assertThat(message).hasText(StoryStatus.GENERATING_OUTLINE.message());
        String id = page.url().replaceAll(".*#/story/([0-9a-f-]{36}).*", "$1");

        releaseUntilPagesDrawn(2);
        assertThat(page.locator(".page-previews img")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        // Pages are drawn three at a time: the window counts pictures rather than naming one page.
        assertThat(message).hasText("Drawing the pictures — 2 of 4 done");
        assertThat(page.locator(".progress-caption")).hasText("2 of 4 pictures painted");
        // Each thumbnail in the state the server reports for its page.
        StoryClient watcher = storiesOf(email);
        List<String> serverStates = watcher.status(id).get("pages").valueStream().map(p -> p.get("state").asString()).toList();
        assertThat(serverStates).filteredOn("done"::equals).hasSize(2);
        assertThat(page.locator(".page-preview[data-state=done]")).hasCount(2);
        for (int n = 1; n <= 4; n++) {
            assertThat(page.locator(".page-preview[data-page='" + n + "']")).hasAttribute("data-state", serverStates.get(n - 1));
        }
        screenshot(page, "progress-real-desktop");
        models.open();

        // COMPLETE: the finish moment, then the book.
        assertThat(page.locator(".finish-moment h1")).hasText("Your book is ready!");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read").setExact(true)).click();
        assertThat(page.locator("#reader-title")).not().isEmpty();
        assertThat(page).hasURL(url("/#/story/" + id + "/read"));
        StoryClient api = storiesOf(email);
        JsonNode book = api.book(id);
        assertThat(page.locator("#reader-title")).hasText(book.get("title").asString());
        assertThat(page.locator(".cover-for")).hasText("A story for Mia");
        screenshot(page, "book-cover-real-desktop");

        button(page, "Start reading →").click();
        for (int n = 1; n <= 4; n++) {
            JsonNode expected = book.get("pages").get(n - 1);
            assertThat(page.locator(".page-indicator")).hasText("Page " + n + " of 4");
            assertThat(page.locator(".page-text")).hasText(expected.get("text").asString());
            Locator picture = page.locator(".spread-picture img");
            assertThat(picture).hasAttribute("src", expected.get("image_url").asString());
            assertThat(picture).hasAttribute("alt", expected.get("scene_moment").get("description").asString());
            assertThat(picture).not().hasJSProperty("naturalWidth", 0);
            if (n < 4) {
                page.keyboard().press("ArrowRight");
            }
        }
        assertThat(button(page, "Next page")).isDisabled();

        // The book to keep: a PDF and an EPUB, named after the book.
        page.locator(".menu summary").click();
        var pdf = page.waitForDownload(() -> button(page, "PDF · A4").click());
        assertThat(pdf.suggestedFilename()).isEqualTo(book.get("title").asString() + ".pdf");
        assertThat(readStart(pdf, 5)).isEqualTo("%PDF-");
        page.locator(".menu summary").click();
        var epub = page.waitForDownload(() -> button(page, "EPUB e-book").click());
        assertThat(epub.suggestedFilename()).endsWith(".epub");
        assertThat(readStart(epub, 2)).isEqualTo("PK");

        // Page 2: change the words in place; a reload shows the change; the original is in the history.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Page 2").setExact(true)).click();
        String original = book.get("pages").get(1).get("text").asString();
        button(page, "Change the words").click();
        page.getByLabel("Words on page 2").fill("Mia held the speckled egg and whispered: hello, little one.");
        button(page, "Save words").click();
        assertThat(page.locator(".page-text")).hasText("Mia held the speckled egg and whispered: hello, little one.");
        assertThat(page.locator(".edit-note")).containsText("Words changed by Sam");
        page.reload();
        assertThat(page.locator(".page-indicator")).hasText("Page 2 of 4");
        assertThat(page.locator(".page-text")).hasText("Mia held the speckled egg and whispered: hello, little one.");
        JsonNode page2 = api.book(id).get("pages").get(1);
        assertThat(page2.get("source").asString()).isEqualTo("USER");
        assertThat(page2.get("updated_by").asString()).isEqualTo(email);
        screenshot(page, "book-page-edited-desktop");

        button(page, "Page history").click();
        Locator history = page.getByRole(AriaRole.DIALOG);
        assertThat(history.locator(".revision-kind")).hasText(new String[] {
                "Written by the storyteller", "Painted", "Words changed"});
        assertThat(history.locator(".revision-text").first()).hasText(original);
        button(page, "Close").click();

        // Page 3: paint the picture again; the new picture shows when the job is done.
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".page-indicator")).hasText("Page 3 of 4");
        Locator picture = page.locator(".spread-picture img");
        String before = picture.getAttribute("src");
        button(page, "Paint again").click();
        history.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Paint it again")).click();
        assertThat(page.locator(".redraw-overlay")).isVisible();
        assertThat(page.locator(".redraw-overlay")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(picture).not().hasAttribute("src", before);
        assertThat(picture).not().hasJSProperty("naturalWidth", 0);
        assertThat(api.status(id).get("status").asString()).isEqualTo("COMPLETE");

        button(page, "History").click();
        Locator edits = page.getByRole(AriaRole.DIALOG).locator(".history-list").first();
        assertThat(edits.locator(".revision-kind")).hasText(new String[] {"Page 2: Words changed", "Page 3: Painted again"});
        // People by their names, the machine as Storyloom: never an email or an internal name.
        assertThat(edits.locator(".revision-meta").first()).containsText("Sam");
        assertThat(page.getByRole(AriaRole.DIALOG).locator(".history-list").last()
                .locator(".revision-meta", new Locator.LocatorOptions().setHasText("Storyloom")).first()).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).not().containsText("@");
        assertThat(page.getByRole(AriaRole.DIALOG)).not().containsText("generator");
        assertThat(pageErrors).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aShareLinkOpensTheBookForAnyoneUntilSharingStops() {
        String email = existingParent();
        StoryClient api = storiesOf(email);
        String id = api.create("Leo", 2);
        api.awaitEnd(id);
        String title = api.book(id).get("title").asString();

        signIn(page, email);
        page.navigate(url("/#/story/" + id));
        assertThat(page).hasURL(url("/#/story/" + id + "/read"));
        button(page, "Share").click();
        button(page, "Make a link").click();
        Locator link = page.locator("#share-url");
        assertThat(link).hasValue(java.util.regex.Pattern.compile("^http://localhost:\\d+/s/.+"));
        String shared = link.inputValue();

        // A second link would stop the first one working: asked first, and "keep" keeps it.
        button(page, "Make a link").click();
        Locator question = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Make a new link?"));
        assertThat(question).containsText("the one you handed out stops working");
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep the old link")).click();
        assertThat(question).hasCount(0);
        assertThat(link).hasValue(shared);
        // The server knows the link is out: after a reload the page still asks before replacing it.
        page.reload();
        button(page, "Share").click();
        button(page, "Make a link").click();
        assertThat(question).isVisible();
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep the old link")).click();
        assertAccessible(page, "the share dialog");

        BrowserContext stranger = newContext(PHONE_WIDTH, PHONE_HEIGHT);
        Page reader = stranger.newPage();
        watch(reader);
        reader.navigate(shared);
        assertThat(reader.locator("#reader-title")).hasText(title);
        assertAccessible(reader, "a shared book's cover on a phone");
        reader.locator("#next-page").click();
        assertThat(reader.locator(".page-text")).hasText(api.book(id).get("pages").get(0).get("text").asString());
        assertThat(reader.locator(".spread-picture img")).not().hasJSProperty("naturalWidth", 0);
        assertAccessible(reader, "a shared book's page on a phone");
        assertThat(reader.getByText("Change the words")).hasCount(0);
        screenshot(reader, "shared-book-phone");

        button(page, "Stop sharing").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("the link no longer opens the book");
        reader.reload();
        assertThat(reader.locator("h1")).hasText("This book is not here");
        assertAccessible(reader, "a switched-off share link");
        stranger.close();
    }

    @Test
    void theBookshelfListsNewestFirstFindsByTitleOrChildAndDeletesAfterAsking() {
        String email = existingParent();
        StoryClient api = storiesOf(email);
        String mia = api.create("Mia", 1);
        api.awaitEnd(mia);
        String leo = api.create("Leo", 1);
        api.awaitEnd(leo);
        String leoAgain = api.create("Leo", 2);
        api.awaitEnd(leoAgain);
        String miasTitle = api.book(mia).get("title").asString();

        signIn(page, email);
        Locator cards = page.locator(".book-card");
        assertThat(cards).hasCount(3);
        assertThat(cards.locator(".book-card-child")).hasText(new String[] {"for Leo", "for Leo", "for Mia"});
        assertThat(cards.first().locator(".status-badge")).hasText("Ready to read");
        assertThat(cards.first().locator(".book-cover img")).hasJSProperty("naturalWidth", 320);
        screenshot(page, "library-desktop");

        page.getByLabel("Find a book").fill("leo");
        assertThat(cards).hasCount(2);
        assertThat(page.locator(".library-summary")).hasText("2 books match “leo”.");
        page.getByLabel("Find a book").fill(miasTitle);
        assertThat(cards).hasCount(1);
        assertThat(cards.locator(".book-card-title")).hasText(miasTitle);

        page.getByLabel("Find a book").fill("");
        assertThat(cards).hasCount(3);
        Locator delete = cards.last().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"));
        delete.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText(miasTitle);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(cards).hasCount(3);
        delete.click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete it")).click();
        assertThat(cards).hasCount(2);
        assertThat(page.locator(".library-summary")).hasText("2 books on your shelf.");
        assertThat(api.status(leo).get("status").asString()).isEqualTo("COMPLETE");
        assertThat(new io.storyloom.support.Api(port).header("Authorization", "Bearer " + Users.token(port, email))
                .get("/stories/" + mia).status()).isEqualTo(404);

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        screenshot(page, "library-phone");
    }

    @Test
    void aBookshelfCardFollowsItsBookWhileItIsMade() {
        String email = existingParent();
        StoryClient api = storiesOf(email);
        models.hold();
        api.create("Leo", 1);
        signIn(page, email);
        Locator card = page.locator(".book-card");
        assertThat(card).hasClass(java.util.regex.Pattern.compile("is-working"));
        assertThat(card.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        screenshot(page, "library-working-desktop");
        models.open();
        // No reload: the card changes by itself once the book is ready.
        assertThat(card.locator(".status-badge")).hasText("Ready to read",
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(card.locator(".book-cover img")).isVisible();
        assertAccessible(page, "the bookshelf");
    }

    @Test
    void hostileNamesAndIdeasFromTheFormAreShownAsText() {
        String name = "<script>alert(1)</script>";
        String idea = "\"><img src=x onerror=alert(1)> finds a kite in the park";
        String email = existingParent();
        signIn(page, email);
        page.navigate(url("/#/new"));
        fillTheForm(page, name, idea, 1);
        button(page, "Make my book").click();
        assertThat(page.locator(".finish-title")).containsText("for " + name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read").setExact(true)).click();
        assertThat(page.locator("#reader-title")).not().isEmpty();

        JsonNode book = storiesOf(email).book(page.url().replaceAll(".*#/story/([0-9a-f-]{36}).*", "$1"));
        assertThat(book.get("child").get("name").asString()).isEqualTo(name);
        assertThat(page.locator("#reader-title")).hasText(book.get("title").asString());
        assertThat(page.locator(".cover-for")).hasText("A story for " + name);
        page.locator("#next-page").click();
        assertThat(page.locator(".page-text")).hasText(book.get("pages").get(0).get("text").asString());
        // The idea is retold, never printed; its markup ran nowhere.
        assertThat(page.locator(".page-text")).not().containsText("onerror");
        assertThat(page.locator("img[src='x']")).hasCount(0);

        page.navigate(url("/#/library"));
        assertThat(page.locator(".book-card-child")).hasText("for " + name);
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(dialogs).isEmpty();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void theFormChecksLikeTheServerAndShowsTheServersOwnErrorsNextToTheFields() {
        signIn(page, existingParent());
        page.navigate(url("/#/new"));
        assertThat(page.locator(".style-option img")).hasCount(7);
        button(page, "Make my book").click();
        Locator summary = page.locator(".form-summary");
        assertThat(summary).containsText("Please check these:");
        Locator name = page.getByLabel("Name", EXACT);
        assertThat(name).isFocused();
        assertThat(name).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#" + name.getAttribute("id") + "-error")).hasText("Please tell us the hero's name.");
        assertThat(page.locator("#" + page.getByLabel("Story idea").getAttribute("id") + "-error"))
                .hasText("Please tell us what the story is about.");
        screenshot(page, "form-errors-desktop");

        fillTheForm(page, "Mia", "ok", 3);
        page.getByLabel("Age", EXACT).fill("13");
        page.getByLabel("Favourite things").fill("a, b, c, d, e, f, g, h, i, j, k");
        button(page, "Make my book").click();
        assertThat(page.locator("#" + page.getByLabel("Age", EXACT).getAttribute("id") + "-error"))
                .hasText("Books are for ages 1 to 12.");
        assertThat(page.locator("#" + page.getByLabel("Story idea").getAttribute("id") + "-error"))
                .hasText("Please write at least 3 characters.");
        assertThat(page.locator("#" + page.getByLabel("Favourite things").getAttribute("id") + "-error"))
                .hasText("Choose at most 10 favourite things.");

        // The server's answer: words not for a children's book, named next to the field.
        page.getByLabel("Age", EXACT).fill("5");
        for (int i = 0; i < 11; i++) {
            page.locator(".chip-remove").last().click();
        }
        assertThat(page.locator(".chips .chip")).hasCount(2);
        page.getByLabel("Story idea").fill("Mia finds a gun in the garden");
        button(page, "Make my book").click();
        assertThat(summary).containsText("Let's keep it gentle");
        Locator ideaError = page.locator("#" + page.getByLabel("Story idea").getAttribute("id") + "-error");
        assertThat(ideaError).containsText("weapons");
        assertThat(page.getByLabel("Story idea")).hasAttribute("aria-invalid", "true");
        assertThat(page).hasURL(url("/#/new"));

        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate(url("/#/library"));
        page.navigate(url("/#/new"));
        assertThat(page.locator(".style-option img")).hasCount(7);
        fillTheForm(page, "Mia", "Mia finds a dragon egg in the garden", 6);
        screenshot(page, "form-phone");
    }

    @Test
    void signInExplainsAWrongPasswordAndTheAccountScreenMakesAndRevokesTokens() {
        String email = existingParent();
        page.navigate(url("/#/library"));
        assertThat(page).hasURL(url("/signin"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("not the password");
        button(page, "Sign in").click();
        assertThat(page.locator(".form-summary")).containsText("Wrong email or password.");

        page.getByLabel("Password").fill(Users.PASSWORD);
        button(page, "Sign in").click();
        assertThat(page).hasURL(url("/#/library"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam")).click();
        page.getByLabel("Token name").fill("my script");
        button(page, "Create a token").click();
        assertThat(page.locator("#new-token")).hasValue(java.util.regex.Pattern.compile(".{20,}"));
        assertThat(page.locator(".token-item .token-name")).hasText("my script");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke my script")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
        assertThat(page.locator(".token-list")).containsText("No tokens yet.");
        assertAccessible(page, "the account view with its tokens");

        page.navigate(url("/#/nowhere"));
        assertThat(page.locator("h1")).hasText("This page is not in the book");
        assertAccessible(page, "the not-found view");
        page.navigate(url("/#/story/" + java.util.UUID.randomUUID()));
        assertThat(page.locator(".not-found .lead")).hasText("There is no book here. It may have been deleted.");
        assertAccessible(page, "a book that is not there");

        button(page, "Sign out").first().click();
        assertThat(page).hasURL(url("/signin"));
        page.navigate(url("/#/new"));
        assertThat(page).hasURL(url("/signin"));
        List<String> none = List.of();
        assertThat(pageErrors).isEqualTo(none);
    }
}
