package io.storyloom.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.OnEveryDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Editing a finished book: text edits with their history, restoring, redrawing one picture. */
abstract class PageEditingContract extends AppTest {

    @OnEveryDatabase
    @Test
    void anEditIsSavedAsTheUsersAndTheOriginalCanBeRestored() {
        String id = stories.create("Rosa", 3);
        stories.awaitEnd(id);
        String original = stories.book(id).get("pages").get(1).get("text").asString();
        String email = api.get("/account/me").json().get("email").asString();

        var edited = api.put("/stories/" + id + "/pages/2", Api.json(Map.of("text", "  Rosa waved at the moon.  ")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("text").asString()).isEqualTo("Rosa waved at the moon.");
        assertThat(edited.json().get("source").asString()).isEqualTo("USER");
        assertThat(edited.json().get("updated_by").asString()).isEqualTo(email);
        JsonNode page2 = stories.book(id).get("pages").get(1);
        assertThat(page2.get("text").asString()).isEqualTo("Rosa waved at the moon.");
        assertThat(page2.get("source").asString()).isEqualTo("USER");

        List<JsonNode> revisions = api.get("/stories/" + id + "/pages/2/revisions").json().valueStream().toList();
        assertThat(revisions).extracting(r -> r.get("kind").asString()).containsExactly("WRITTEN", "DRAWN", "EDITED");
        assertThat(revisions.get(2).get("text_before").asString()).isEqualTo(original);
        assertThat(revisions.get(2).get("actor").asString()).isEqualTo(email);

        long written = revisions.get(0).get("revision_id").asLong();
        var restored = api.post("/stories/" + id + "/pages/2/revisions/" + written + "/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("text").asString()).isEqualTo(original);
        assertThat(restored.json().get("source").asString()).isEqualTo("AI");

        JsonNode history = api.get("/stories/" + id + "/history").json();
        assertThat(history.get("edits").valueStream().map(e -> e.get("kind").asString()).toList())
                .containsSubsequence("EDITED", "RESTORED");
        assertThat(history.get("edits").valueStream().filter(e -> e.get("kind").asString().equals("RESTORED"))
                .findFirst().orElseThrow().get("text").asString()).isEqualTo(original);
    }

    @Test
    void badOrUnsafeEditsAreRefusedAndBooksInTheMakingCannotBeEdited() {
        String id = stories.create("Emil", 1);
        stories.awaitEnd(id);
        assertThat(api.put("/stories/" + id + "/pages/1", "{\"text\":\"  \"}").status()).isEqualTo(400);
        assertThat(api.put("/stories/" + id + "/pages/1", Api.json(Map.of("text", "x".repeat(1201)))).status())
                .isEqualTo(400);
        var unsafe = api.put("/stories/" + id + "/pages/1", "{\"text\":\"Emil found a gun.\"}");
        assertThat(unsafe.status()).isEqualTo(422);
        assertThat(unsafe.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(unsafe.json().get("errors").get(0).get("category").asString()).isEqualTo("weapons used on people");
        assertThat(unsafe.text()).doesNotContain("gun");
        var disguised = api.put("/stories/" + id + "/pages/1", "{\"text\":\"Emil wants to k i l l the cat.\"}");
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(api.put("/stories/" + id + "/pages/2", "{\"text\":\"Hello\"}").status()).isEqualTo(404);

        models.hold();
        String busy = stories.create("Emil", 1);
        stories.awaitStatus(busy, "GENERATING_OUTLINE");
        assertThat(api.put("/stories/" + busy + "/pages/1", "{\"text\":\"Hello\"}").status()).isIn(404, 409);
        assertThat(api.post("/stories/" + busy + "/pages/1/illustration", null).status()).isEqualTo(409);
        models.open();
        stories.awaitEnd(busy);
    }

    @OnEveryDatabase
    @Test
    void aRedrawRunsThroughTheStatusAndChangesOnlyThatPicture() {
        String id = stories.create("Ben", 3);
        stories.awaitEnd(id);
        JsonNode before = stories.book(id);
        int drawnBefore = models.succeeded("IMAGE_PAGE");

        models.hold();
        var queued = api.post("/stories/" + id + "/pages/3/illustration", null);
        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.json().get("status").asString()).isEqualTo("PENDING");
        var held = models.nextCall();
        assertThat(held.name()).isEqualTo("IMAGE_PAGE");
        JsonNode during = stories.status(id);
        assertThat(during.get("status").asString()).isEqualTo("GENERATING_PAGE_IMAGE_3");
        assertThat(during.get("progress").get("pages_done").asInt()).isEqualTo(3);
        held.proceed();
        models.open();
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        JsonNode after = stories.book(id);
        assertThat(models.succeeded("IMAGE_PAGE")).isEqualTo(drawnBefore + 1);
        assertThat(after.get("pages").get(2).get("image_url").asString())
                .isNotEqualTo(before.get("pages").get(2).get("image_url").asString());
        assertThat(after.get("pages").get(0).get("image_url").asString())
                .isEqualTo(before.get("pages").get(0).get("image_url").asString());
        assertThat(stories.history(id)).endsWith("PENDING", "GENERATING_PAGE_IMAGE_3", "COMPLETE");

        List<JsonNode> revisions = api.get("/stories/" + id + "/pages/3/revisions").json().valueStream().toList();
        assertThat(revisions).extracting(r -> r.get("kind").asString()).containsExactly("WRITTEN", "DRAWN", "REDRAWN");
        JsonNode redrawn = revisions.get(2);
        assertThat(redrawn.get("actor").asString()).isEqualTo(api.get("/account/me").json().get("email").asString());
        assertThat(api.get(redrawn.get("image_before_url").asString()).status()).isEqualTo(200);
        assertThat(api.get(redrawn.get("image_url").asString()).bytes())
                .isEqualTo(api.get(after.get("pages").get(2).get("image_url").asString()).bytes());

        // the earlier picture can be put back
        long drawn = revisions.get(1).get("revision_id").asLong();
        assertThat(api.post("/stories/" + id + "/pages/3/revisions/" + drawn + "/restore", null).status()).isEqualTo(200);
        assertThat(stories.book(id).get("pages").get(2).get("image_url").asString())
                .isEqualTo(before.get("pages").get(2).get("image_url").asString());
    }
}
