package io.storyloom.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyloom.support.Api;
import io.storyloom.support.AppTest;
import io.storyloom.support.OnEveryDatabase;
import io.storyloom.support.StoryClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The story API end to end over real HTTP; run against H2 and PostgreSQL by its subclasses (on PostgreSQL,
 * the tests marked {@link OnEveryDatabase}).
 */
abstract class StoryApiContract extends AppTest {

    @Value("${storyloom.media.directory}")
    Path mediaDirectory;

    @OnEveryDatabase
    @Test
    void createAnswers202AtOnceBeforeAnyGenerationWork() {
        models.hold();
        var created = api.postJson("/stories/", StoryClient.request("Mia", 2));

        assertThat(created.status()).isEqualTo(202);
        JsonNode body = created.json();
        String id = body.get("story_id").asString();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.get("status_message").asString()).isEqualTo(StoryStatus.PENDING.message());
        assertThat(created.header("Location")).endsWith("/stories/" + id);
        assertThat(models.succeeded("STRUCTURED_STORY")).isZero();

        models.open();
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
    }

    @OnEveryDatabase
    @Test
    void aFinishedBookHasEveryPageWithTextPromptAndARealPng() throws IOException {
        String id = stories.create("Leo", 3);
        JsonNode end = stories.awaitEnd(id);
        assertThat(end.get("status").asString()).isEqualTo("COMPLETE");
        assertThat(end.get("status_message").asString()).isEqualTo(StoryStatus.COMPLETE.message());
        assertThat(end.get("progress").get("pages_done").asInt()).isEqualTo(3);
        assertThat(end.get("progress").get("pages_total").asInt()).isEqualTo(3);

        JsonNode book = stories.book(id);
        assertThat(book.get("story_id").asString()).isEqualTo(id);
        assertThat(book.get("title").asString()).isNotBlank();
        assertThat(book.get("child").get("name").asString()).isEqualTo("Leo");
        assertThat(book.get("meta").get("setting").asString()).isNotBlank();
        assertThat(book.get("visual_profile").get("characters").get(0).get("name").asString()).isEqualTo("Leo");
        assertThat(book.get("base_style").get("art_style").asString()).isEqualTo("watercolor");
        List<JsonNode> pages = book.get("pages").valueStream().toList();
        assertThat(pages).extracting(p -> p.get("number").asInt()).containsExactly(1, 2, 3);
        for (JsonNode page : pages) {
            assertThat(page.get("text").asString()).isNotBlank();
            assertThat(page.get("scene_moment").get("page").asInt()).isEqualTo(page.get("number").asInt());
            assertThat(page.get("image_prompt").asString()).contains("No text");
            assertThat(page.get("source").asString()).isEqualTo("AI");

            var image = api.get(page.get("image_url").asString());
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.header("Content-Type")).isEqualTo("image/png");
            assertThat(image.header("Cache-Control")).contains("max-age=31536000", "private", "immutable");
            var decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(320);
            assertThat(decoded.getHeight()).isEqualTo(240);

            var again = api.get(page.get("image_url").asString(), "If-None-Match", image.header("ETag"));
            assertThat(again.status()).isEqualTo(304);
        }
        assertThat(api.get(book.get("reference_image_url").asString()).status()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionDescribesTheDesignDataFieldByField() {
        JsonNode schemas = api.get("/v3/api-docs").json().get("components").get("schemas");
        JsonNode book = schemas.get("Book");
        assertThat(names(book)).contains("visual_profile", "base_style", "pages");

        JsonNode profile = schema(schemas, book.get("properties").get("visual_profile"));
        JsonNode character = schema(schemas, profile.get("properties").get("characters").get("items"));
        assertThat(names(character)).contains("name", "kind", "appearance", "clothing", "colors");
        assertThat(names(schema(schemas, character.get("properties").get("colors"))))
                .contains("hair", "skin", "eyes", "outfit", "accent");
        assertThat(names(schema(schemas, book.get("properties").get("base_style"))))
                .contains("art_style", "medium", "palette", "lighting", "mood", "style_prompt");
        JsonNode page = schema(schemas, book.get("properties").get("pages").get("items"));
        assertThat(names(schema(schemas, page.get("properties").get("scene_moment"))))
                .contains("page", "setting", "time_of_day", "action", "emotion", "characters_present", "props",
                        "camera", "description");
    }

    /** The schema a property refers to, directly or through {@code allOf}. */
    private static JsonNode schema(JsonNode schemas, JsonNode property) {
        JsonNode ref = property.has("$ref") ? property.get("$ref") : property.path("allOf").path(0).path("$ref");
        assertThat(ref.isString()).as("a reference to a described schema: %s", property).isTrue();
        return schemas.get(ref.asString().substring(ref.asString().lastIndexOf('/') + 1));
    }

    private static List<String> names(JsonNode schema) {
        return schema.get("properties").propertyNames().stream().toList();
    }

    @OnEveryDatabase
    @Test
    void theHistoryListsEveryStateInOrder() {
        String id = stories.create("Ava", 4);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        assertThat(stories.history(id)).containsExactly("PENDING", "GENERATING_OUTLINE",
                "GENERATING_REFERENCE_IMAGES", "GENERATING_PAGE_IMAGE_1", "GENERATING_PAGE_IMAGE_2",
                "GENERATING_PAGE_IMAGE_3", "GENERATING_PAGE_IMAGE_4", "COMPLETE");
        List<JsonNode> entries = api.get("/stories/" + id + "/history").json().get("statuses").valueStream().toList();
        assertThat(entries.getLast().get("pages_done").asInt()).isEqualTo(4);
        assertThat(entries.get(4).get("status_message").asString()).isEqualTo("Drawing the picture for page 2");
    }

    @Test
    void pagesAreIllustratedConcurrentlyWithinTheBound() {
        String id = stories.create("Zoe", 6);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        assertThat(models.maxImagesInFlight()).isBetween(1, 3);
    }

    @Test
    void theStatusListIsPublished() {
        var response = api.get("/stories/statuses");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> statuses = response.json().valueStream().toList();
        assertThat(statuses).extracting(s -> s.get("status").asString()).containsExactly("PENDING",
                "GENERATING_OUTLINE", "GENERATING_REFERENCE_IMAGES", "GENERATING_PAGE_IMAGE_{n}", "COMPLETE", "FAILED");
        assertThat(statuses).allSatisfy(s -> assertThat(s.get("status_message").asString()).isNotBlank());
        assertThat(statuses.get(3).get("pattern").asString()).isEqualTo("^GENERATING_PAGE_IMAGE_[1-9][0-9]?$");
        assertThat(statuses.get(4).get("terminal").asBoolean()).isTrue();
    }

    @OnEveryDatabase
    @ParameterizedTest(name = "failure in {0} #{1}")
    @CsvSource({"STRUCTURED_STORY,1", "VISUAL_PROFILE,1", "BASE_STYLE,1", "SCENE_MOMENTS,1",
            "IMAGE_CHARACTER_REFERENCE,1", "IMAGE_PAGE,1", "IMAGE_PAGE,3"})
    void aFailingStepEndsFailedAndRetryFinishesWithoutRedoingAnything(String call, int nth) throws IOException {
        models.failCall(call, nth);
        String id = stories.create("Noah", 4);

        JsonNode failed = stories.awaitEnd(id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("status_message").asString()).contains("not answering right now");

        var retried = api.post("/stories/" + id + "/retry", null);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        JsonNode book = stories.book(id);
        assertThat(book.get("pages").valueStream().map(p -> p.get("number").asInt()).toList())
                .containsExactly(1, 2, 3, 4);
        assertThat(book.get("pages").valueStream().map(p -> p.get("image_url")).toList())
                .allSatisfy(url -> assertThat(url.isString()).isTrue());
        // Each step's work was done once, across the failed run and the retry.
        for (String step : List.of("STRUCTURED_STORY", "VISUAL_PROFILE", "BASE_STYLE", "SCENE_MOMENTS",
                "IMAGE_CHARACTER_REFERENCE")) {
            assertThat(models.succeeded(step)).as(step).isEqualTo(1);
        }
        assertThat(models.succeeded("IMAGE_PAGE")).isEqualTo(4);
        assertThat(models.succeeded("SCENE_MOMENT")).isZero();
        try (Stream<Path> files = Files.list(mediaDirectory.resolve("stories").resolve(id))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).toList())
                    .hasSize(5)
                    .filteredOn(n -> n.startsWith("page-")).hasSize(4);
        }
        assertThat(stories.history(id)).containsSubsequence("FAILED", "PENDING", "COMPLETE");
    }

    @Test
    void onlyAFailedStoryCanBeRetried() {
        String id = stories.create("Ella", 1);
        stories.awaitEnd(id);
        var response = api.post("/stories/" + id + "/retry", null);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @OnEveryDatabase
    @Test
    void anUnknownStoryIsNotFoundEverywhere() {
        String missing = "/stories/" + UUID.randomUUID();
        for (var response : List.of(api.get(missing), api.get(missing + "/status"), api.get(missing + "/history"),
                api.get(missing + "/pages/1/image"), api.get(missing + "/reference-image"),
                api.post(missing + "/retry", null), api.delete(missing), api.get("/stories/not-a-uuid/status"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
        }
    }

    @OnEveryDatabase
    @Test
    void storiesAreListedNewestFirstAndFoundByNameTitleOrStatus() {
        String tag = "Q" + UUID.randomUUID().toString().substring(0, 6);
        String first = stories.create(tag + "first", 1);
        stories.awaitEnd(first);
        String second = stories.create(tag + "second", 1);
        stories.awaitEnd(second);

        JsonNode found = api.get("/stories?q=" + tag.toLowerCase()).json();
        assertThat(found.get("items").valueStream().map(s -> s.get("story_id").asString()).toList())
                .containsExactly(second, first);
        assertThat(found.get("total_items").asInt()).isEqualTo(2);
        assertThat(found.get("items").get(0).get("cover_url").asString()).contains("/pages/1/image");

        String title = stories.book(first).get("title").asString();
        assertThat(api.get("/stories?size=100&q=" + java.net.URLEncoder.encode(title.toUpperCase(), java.nio.charset.StandardCharsets.UTF_8))
                .json().get("items").valueStream().map(s -> s.get("story_id").asString()).toList()).contains(first);
        assertThat(api.get("/stories?status=FAILED&q=" + tag).json().get("total_items").asInt()).isZero();
        assertThat(api.get("/stories?status=COMPLETE&q=" + tag).json().get("total_items").asInt()).isEqualTo(2);
        assertThat(api.get("/stories?q=" + tag + "&size=1&page=1").json().get("items").get(0).get("story_id").asString())
                .isEqualTo(first);
        assertThat(api.get("/stories?q=%25").status()).isEqualTo(200);

        var badStatus = api.get("/stories?status=DONE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(api.get("/stories?size=1000").status()).isEqualTo(400);
    }

    @OnEveryDatabase
    @Test
    void deletingABookRemovesItAndItsPictures() {
        String id = stories.create("Finn", 2);
        stories.awaitEnd(id);
        assertThat(Files.exists(mediaDirectory.resolve("stories").resolve(id))).isTrue();

        assertThat(api.delete("/stories/" + id).status()).isEqualTo(204);
        assertThat(api.get("/stories/" + id).status()).isEqualTo(404);
        assertThat(Files.exists(mediaDirectory.resolve("stories").resolve(id))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty object                 | {}                                                                         | child,idea
            no child name                | {"child":{"age":5},"idea":"A day at sea"}                                 | child.name
            age too young                | {"child":{"name":"Mia","age":0},"idea":"A day at sea"}                    | child.age
            age too old                  | {"child":{"name":"Mia","age":13},"idea":"A day at sea"}                   | child.age
            age not a number             | {"child":{"name":"Mia","age":"five"},"idea":"A day at sea"}               | child.age
            age an object                | {"child":{"name":"Mia","age":{"years":5}},"idea":"A day at sea"}          | child.age
            child a string               | {"child":"Mia","idea":"A day at sea"}                                      | child
            no pages                     | {"child":{"name":"Mia","age":5},"idea":"A day at sea","page_count":0}     | page_count
            too many pages               | {"child":{"name":"Mia","age":5},"idea":"A day at sea","page_count":13}    | page_count
            pages not a number           | {"child":{"name":"Mia","age":5},"idea":"A day at sea","page_count":"many"} | page_count
            blank idea                   | {"child":{"name":"Mia","age":5},"idea":"   "}                             | idea
            unknown art style            | {"child":{"name":"Mia","age":5},"idea":"A day at sea","art_style":"oil"}  | art_style
            bad language                 | {"child":{"name":"Mia","age":5},"idea":"A day at sea","language":"english!"} | language
            name on two lines            | {"child":{"name":"Mia\\nX","age":5},"idea":"A day at sea"}                | child.name
            interests not a list         | {"child":{"name":"Mia","age":5,"interests":"cats"},"idea":"A day at sea"} | child.interests
            blank interest               | {"child":{"name":"Mia","age":5,"interests":[" "]},"idea":"A day at sea"}  | child.interests[0]
            null child                   | {"child":null,"idea":"A day at sea"}                                      | child
            not json                     | {"child":                                                                  | body
            a list                       | []                                                                         | body
            """)
    void aBadRequestIs400NamingEachBadField(String name, String body, String fields) {
        long before = api.get("/stories").json().get("total_items").asLong();
        var response = api.post("/stories/", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder(fields.split(","));
        assertThat(api.get("/stories").json().get("total_items").asLong()).isEqualTo(before);
    }

    @Test
    void oversizedFieldsAre400NamingEachField() {
        var request = Map.of(
                "child", Map.of("name", "M".repeat(61), "age", 5, "appearance", "a".repeat(301),
                        "interests", IntStream.range(0, 11).mapToObj(i -> "cats").toList()),
                "companion", "c".repeat(201),
                "idea", "i".repeat(1001),
                "lesson", "l".repeat(201));
        var response = api.post("/stories/", Api.json(request));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("child.name", "child.appearance", "child.interests", "companion", "idea",
                        "lesson");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithAProblem() {
        var response = api.sendBytes("/stories/", "POST", "name=Mia".getBytes(), "text/plain");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
