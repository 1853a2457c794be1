package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.storyloom.support.Api;
import io.storyloom.support.StoryClient;
import io.storyloom.support.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page's side of an account's own data: sign-up says why an easy password is refused, the account
 * screen downloads everything and deletes the account after asking for the password, and a share link
 * can be made to last a week.
 */
class AccountPageTest extends WebPageTest {

    @Autowired
    private JdbcClient jdbc;

    private Locator button(Page p, String name) {
        return p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void signUpSaysWhyACommonPasswordIsRefusedNextToThePasswordField() {
        page.navigate(url("/signup"));
        page.getByLabel("Your name").fill("Sam");
        page.getByLabel("Email").fill("parent-" + UUID.randomUUID() + "@example.com");
        page.getByLabel("Password").fill("password123");
        button(page, "Create my account").click();
        Locator password = page.getByLabel("Password");
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".field.has-error .field-error")).containsText("most common passwords");
        assertThat(page.locator(".form-summary")).containsText("Password: is one of the most common passwords");
        screenshot(page, "sign-up-common-password");

        password.fill(Users.PASSWORD);
        button(page, "Create my account").click();
        assertThat(page).hasURL(url("/#/library"));
        assertThat(pageErrors).isEqualTo(List.of());
    }

    @Test
    void theAccountScreenDownloadsTheDataAndDeletesTheAccountOnceThePasswordIsGiven() throws IOException {
        String email = existingParent();
        StoryClient api = storiesOf(email);
        String id = api.create("Ines", 1);
        api.awaitEnd(id);
        signIn(page, email);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam")).click();
        assertThat(button(page, "Delete my account")).isVisible();
        assertAccessible(page, "the account view");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download my data")).click());
        assertThat(download.suggestedFilename()).startsWith("storyloom-data-").endsWith(".zip");
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(Files.newInputStream(download.path()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).first().isEqualTo("account.json");
        assertThat(names).anyMatch(name -> name.startsWith("pictures/stories/" + id + "/page-1-"));

        button(page, "Delete my account").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("cannot be undone");
        screenshot(page, "delete-account-dialog");
        assertAccessible(page, "the delete-account dialog");
        dialog.getByLabel("Your password").fill("not my password");
        button(page, "Delete everything").click();
        assertThat(dialog.locator(".field-error")).containsText("is not your current password");
        assertThat(api.book(id).get("pages")).hasSize(1);

        dialog.getByLabel("Your password").fill(Users.PASSWORD);
        button(page, "Delete everything").click();
        assertThat(page).hasURL(url("/signin"));
        assertThat(page.locator("#toasts")).containsText("were deleted");
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Integer.class).single())
                .isZero();
        assertThat(new Api(port).postJson("/auth/token", java.util.Map.of("email", email, "password", Users.PASSWORD,
                "name", "x")).status()).isEqualTo(401);
        assertThat(pageErrors).isEqualTo(List.of());
    }

    @Test
    void aShareLinkCanBeMadeToLastAWeek() {
        String email = existingParent();
        StoryClient api = storiesOf(email);
        String id = api.create("Omar", 1);
        api.awaitEnd(id);
        signIn(page, email);
        page.navigate(url("/#/story/" + id + "/read"));
        button(page, "Share").click();
        page.getByLabel("The link works").selectOption("7");
        button(page, "Make a link").click();
        assertThat(page.locator("#share-url")).hasValue(java.util.regex.Pattern.compile("^http://localhost:\\d+/s/.+"));
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("It works until");
        screenshot(page, "share-dialog-a-week");
        OffsetDateTime expiresAt = jdbc.sql("select expires_at from share_link where story_id = ? and revoked_at is null")
                .param(UUID.fromString(id)).query(OffsetDateTime.class).single();
        assertThat(expiresAt).isBetween(OffsetDateTime.now().plusDays(7).minusHours(1),
                OffsetDateTime.now().plusDays(7).plusHours(1));
        assertThat(pageErrors).isEqualTo(List.of());
    }

    @Test
    void signOutIsWithinReachOnAPhone() {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        signIn(page, existingParent());
        var signOut = page.locator("#sign-out");
        assertThat(signOut).isVisible();
        assertThat(signOut).isInViewport();
        screenshot(page, "header-phone");
        signOut.click();
        assertThat(page).hasURL(url("/signin"));
    }
}
