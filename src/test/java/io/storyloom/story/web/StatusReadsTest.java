package io.storyloom.story.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

class StatusReadsTest {

    private static final String ID = "3a3aca07-6bfe-4e1e-b776-e7e83ef1d894";

    @Test
    void takesExactlyTheStatusPathOfOneStory() {
        assertThat(StatusReads.storyId("/stories/" + ID + "/status")).isEqualTo(UUID.fromString(ID));
        assertThat(StatusReads.storyId("/stories/" + ID.toUpperCase() + "/status")).isEqualTo(UUID.fromString(ID));
    }

    /** Whether it takes a request is decided before the token is looked up: from the path, query and Accept. */
    @Test
    void takesARequestByItsPathQueryAndAcceptAlone() {
        var reads = new StatusReads(null, null);
        assertThat(reads.takes(get("/stories/" + ID + "/status", null, null))).isTrue();
        assertThat(reads.takes(get("/stories/" + ID + "/status", null, "application/json"))).isTrue();
        assertThat(reads.takes(get("/stories/" + ID + "/status", "from=controller", null))).isFalse();
        assertThat(reads.takes(get("/stories/" + ID + "/status", null, "application/xml"))).isFalse();
        assertThat(reads.takes(get("/stories/" + ID, null, null))).isFalse();
    }

    private static MockHttpServletRequest get(String path, String query, String accept) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stories/" + ID, "/stories/" + ID + "/status/", "/stories//" + ID + "/status",
            "/stories/" + ID + "/statuz", "/Stories/" + ID + "/status", "/stories/3a3aca07-6bfe-4e1e-b776-e7e83ef1d89x/status",
            "/stories/1-2-3-4-5000000000000000000000000000/status", "/stories/" + ID + ";x/status", "/stories/statuses"})
    void leavesEveryOtherPathToTheController(String path) {
        assertThat(StatusReads.storyId(path)).isNull();
    }

    @Test
    void answersOnlyWhenTheClientTakesJson() {
        assertThat(StatusReads.acceptsJson(null)).isTrue();
        assertThat(StatusReads.acceptsJson("")).isTrue();
        assertThat(StatusReads.acceptsJson("*/*")).isTrue();
        assertThat(StatusReads.acceptsJson("application/json")).isTrue();
        assertThat(StatusReads.acceptsJson("text/html, application/*;q=0.8")).isTrue();
        assertThat(StatusReads.acceptsJson("application/xml")).isFalse();
        assertThat(StatusReads.acceptsJson("application/problem+json")).isFalse();
        assertThat(StatusReads.acceptsJson("application/json;q=0")).isFalse();
        assertThat(StatusReads.acceptsJson("this is not a media type")).isFalse();
    }
}
