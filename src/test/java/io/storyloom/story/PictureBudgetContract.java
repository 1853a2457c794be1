package io.storyloom.story;

import io.storyloom.support.OnEveryDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.StoryClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Paid pictures are budgeted per account: a page may be redrawn only so often a day, and every picture
 * drawn for the account (book pages, character pictures, redraws) counts towards a daily budget; past
 * either, 429 problem+json with a Retry-After of when the oldest counted picture leaves the 24 hours.
 */
@OnEveryDatabase
@TestPropertySource(properties = {"storyloom.quota.pictures-per-day=7", "storyloom.quota.redraws-per-page-per-day=2"})
abstract class PictureBudgetContract extends AppTest {

    private static final long DAY = 24 * 3600L;

    @Test
    void aPageCanBeRedrawnOnlySoOftenADay() {
        String id = stories.create("Rosa", 2); // 3 pictures
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        redraw(id, 1);
        redraw(id, 1);

        var refused = api.post("/stories/" + id + "/pages/1/illustration", null);
        assertTooMany(refused);
        assertThat(refused.json().get("detail").asString()).contains("page 1", "2 times", "24 hours");
        assertThat(stories.status(id).get("status").asString()).isEqualTo("COMPLETE");

        redraw(id, 2); // another page has redraws of its own
    }

    @Test
    void theDailyPictureBudgetCountsBookPagesCharacterPicturesAndRedraws() {
        String ada = stories.create("Ada", 2); // 3 pictures: 2 pages and the character picture
        stories.awaitEnd(ada);
        stories.awaitEnd(stories.create("Ben", 2)); // 6

        var refused = api.postJson("/stories/", StoryClient.request("Cleo", 1)); // would be 8
        assertTooMany(refused);
        assertThat(refused.json().get("detail").asString()).contains("6 pictures", "budget of 7");
        assertThat(api.get("/stories").json().get("total_items").asInt()).isEqualTo(2);

        redraw(ada, 1); // 7: fits exactly
        var overBudget = api.post("/stories/" + ada + "/pages/2/illustration", null);
        assertTooMany(overBudget);
        assertThat(overBudget.json().get("detail").asString()).contains("7 pictures", "budget of 7");
    }

    @Test
    void booksInTheMakingCountForThePicturesTheyAreAboutToDraw() {
        models.hold();
        api.postJson("/stories/", StoryClient.request("Dora", 2)); // 3 to come
        api.postJson("/stories/", StoryClient.request("Emil", 2)); // 6 to come

        var refused = api.postJson("/stories/", StoryClient.request("Fynn", 1));
        assertTooMany(refused);
        assertThat(refused.json().get("detail").asString()).contains("6 more are on their way");
        models.open();
    }

    @Test
    void picturesAreAskedForInTheOwnersNameSoAccountsShareTheIllustratorFairly() {
        String me = api.get("/account/me").json().get("id").asString();
        stories.awaitEnd(stories.create("Gus", 1));
        assertThat(models.imageTenants()).containsExactly(me);
    }

    private void redraw(String id, int page) {
        var queued = api.post("/stories/" + id + "/pages/" + page + "/illustration", null);
        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
    }

    private static void assertTooMany(Api.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        // the first picture counted was drawn moments ago, so it leaves the 24 hours in just under a day
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(DAY - 600, DAY);
        assertThat(refused.json().get("retry_after_seconds").asLong())
                .isEqualTo(Long.parseLong(refused.header("Retry-After")));
    }
}
