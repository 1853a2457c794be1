package io.storyloom.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The story API in the words of a test. */
public class StoryClient {

    private final Api api;

    public StoryClient(Api api) {
        this.api = api;
    }

    public static Map<String, Object> request(String childName, int pages) {
        return Map.of(
                "child", Map.of("name", childName, "age", 5, "pronouns", "she/her",
                        "appearance", "curly red hair, freckles, green eyes", "clothing", "yellow raincoat",
                        "interests", List.of("dinosaurs", "puddles")),
                "companion", "a small blue dragon",
                "idea", childName + " finds a dragon egg in the garden",
                "lesson", "patience",
                "page_count", pages,
                "art_style", "watercolor",
                "language", "en");
    }

    /** Asks for a book and returns its id. */
    public String create(String childName, int pages) {
        var created = api.postJson("/stories/", request(childName, pages));
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        return created.json().get("story_id").asString();
    }

    public JsonNode status(String id) {
        var response = api.get("/stories/" + id + "/status");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Waits until the story is COMPLETE or FAILED and returns that status. */
    public JsonNode awaitEnd(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> status(id), s -> s.get("status").asString().equals("COMPLETE")
                        || s.get("status").asString().equals("FAILED"));
    }

    public JsonNode awaitStatus(String id, String status) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> status(id), s -> s.get("status").asString().equals(status));
    }

    public JsonNode book(String id) {
        var response = api.get("/stories/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    public List<String> history(String id) {
        var response = api.get("/stories/" + id + "/history");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("statuses").valueStream().map(e -> e.get("status").asString()).toList();
    }
}
