package io.storyloom.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The new-book form as a parent meets it on a desktop and on a phone: what every book needs first and
 * the rest folded away, placeholders that read as examples, a draft that survives a reload and Back,
 * and a safety refusal that marks every field at fault.
 */
class NewBookFormTest extends WebPageTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator errorOf(Locator control) {
        return page.locator("#" + control.getAttribute("id") + "-error");
    }

    @Test
    void requiredFieldsComeFirstTheRestBehindMoreAboutTheChildWithExamplesNotAnswers() {
        signIn(page, existingParent());
        for (int[] size : new int[][] {{1280, 900}, {PHONE_WIDTH, PHONE_HEIGHT}}) {
            String device = size[0] == PHONE_WIDTH ? "phone" : "desktop";
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("/#/new"));
            assertThat(page.locator(".style-option img")).hasCount(7);
            assertThat(page.getByLabel("Name", EXACT)).isVisible();
            assertThat(page.getByLabel("Age", EXACT)).isVisible();
            assertThat(page.getByLabel("Story idea")).isVisible();
            for (String optional : new String[] {"Pronouns", "Hair", "Clothes", "Favourite things", "Companion", "Lesson"}) {
                assertThat(page.getByLabel(optional)).isHidden();
            }
            Locator more = page.locator("#more-about summary");
            assertThat(more).containsText("More about the child");
            // Before the fold: the required fields and the way to send.
            double required = page.getByLabel("Story idea").boundingBox().y;
            double optional = more.boundingBox().y;
            assertThat(required).isLessThan(optional);
            screenshot(page, "form-short-" + device);
            assertAccessible(page, "the new-book form on a " + device);
            double folded = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
            if (size[0] == PHONE_WIDTH) {
                System.out.printf("New-book form on a phone: %.0f px tall folded%n", folded);
                assertThat(folded).as("the folded form's height on a phone (about 3,950 px unfolded before)").isLessThan(2700);
            }

            more.click();
            assertThat(page.getByLabel("Hair")).hasAttribute("placeholder", "e.g. curly red");
            assertThat(page.getByLabel("Companion")).hasAttribute("placeholder", "e.g. a small blue dragon");
            assertThat(page.getByLabel("Story idea")).hasAttribute("placeholder", java.util.regex.Pattern.compile("^e\\.g\\. "));
            assertThat(page.getByLabel("Hair")).hasValue("");
            assertAccessible(page, "the new-book form, all of it, on a " + device);
            more.click();
        }
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void aDraftIsKeptAcrossAReloadAndBackAndForgottenOnceTheBookIsAskedFor() {
        signIn(page, existingParent());
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate(url("/#/new"));
        assertThat(page.locator(".style-option img")).hasCount(7);
        page.getByLabel("Name", EXACT).fill("Mia");
        page.getByLabel("Age", EXACT).fill("6");
        page.getByLabel("Story idea").fill("Mia builds a raft for her teddy");
        page.locator("#more-about summary").click();
        page.getByLabel("Hair").fill("curly red");
        page.getByLabel("Favourite things").fill("boats, ducks,");
        page.locator("label.style-option", new Page.LocatorOptions().setHasText("Crayon")).click();

        page.reload();
        assertThat(page.getByLabel("Name", EXACT)).hasValue("Mia");
        assertThat(page.getByLabel("Age", EXACT)).hasValue("6");
        assertThat(page.getByLabel("Story idea")).hasValue("Mia builds a raft for her teddy");
        assertThat(page.getByLabel("Hair")).isVisible();
        assertThat(page.getByLabel("Hair")).hasValue("curly red");
        assertThat(page.locator(".chips .chip")).hasCount(2);
        assertThat(page.locator("#style-crayon")).isChecked();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My books").setExact(true)).click();
        assertThat(page).hasURL(url("/#/library"));
        page.goBack();
        assertThat(page.getByLabel("Story idea")).hasValue("Mia builds a raft for her teddy");

        button("Make my book").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#/story/[0-9a-f-]{36}.*"));
        page.navigate(url("/#/new"));
        assertThat(page.getByLabel("Name", EXACT)).hasValue("");
        assertThat(page.getByLabel("Story idea")).hasValue("");
    }

    @Test
    void aSafetyRefusalMarksEveryFieldAtFaultOpeningWhatWasFolded() {
        signIn(page, existingParent());
        page.navigate(url("/#/new"));
        assertThat(page.locator(".style-option img")).hasCount(7);
        page.getByLabel("Name", EXACT).fill("Mia");
        page.getByLabel("Age", EXACT).fill("5");
        page.getByLabel("Story idea").fill("Mia finds a gun in the garden");
        page.locator("#more-about summary").click();
        page.getByLabel("Clothes").fill("a pistol belt");
        page.getByLabel("Companion").fill("a bomb");
        page.locator("#more-about summary").click();
        assertThat(page.getByLabel("Companion")).isHidden();

        button("Make my book").click();
        assertThat(page.locator(".form-summary")).containsText("please change these words");
        for (String label : new String[] {"Story idea", "Clothes", "Companion"}) {
            Locator control = page.getByLabel(label);
            assertThat(control).isVisible();
            assertThat(control).hasAttribute("aria-invalid", "true");
            assertThat(errorOf(control)).not().isEmpty();
        }
        assertThat(page.locator(".form-summary li")).hasCount(3);
        assertThat(page.getByLabel("Name", EXACT)).not().hasAttribute("aria-invalid", "true");
        assertThat(page).hasURL(url("/#/new"));
        screenshot(page, "form-refused-desktop");
        assertAccessible(page, "the refused form");
    }
}
