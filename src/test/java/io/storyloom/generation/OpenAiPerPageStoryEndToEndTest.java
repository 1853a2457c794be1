package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.storyloom.ai.http.ProviderStubs;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole book with OpenAI as story writer and illustrator (a WireMock server answering as OpenAI
 * does) and one scene-moment call per page: N + 3 language model calls instead of 4.
 */
// By name: the schema-ignoring server runs first, as the app remembers for good that the server ignores json_schema.
@TestMethodOrder(MethodOrderer.MethodName.class)
class OpenAiPerPageStoryEndToEndTest extends FakeProvidersApp {

    private static final int PAGES = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer wm = new WireMockServer(ProviderStubs.server());

    static {
        wm.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        register(registry, wm, "openai");
        registry.add("storyloom.generation.scene-moments", () -> "per-page");
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    @BeforeEach
    void fresh() {
        wm.resetAll();
    }

    @Test
    void perPageSceneMomentsCostOneCallPerPageAndKeepEveryField(CapturedOutput output) {
        answerEverything(wm, PAGES, ProviderStubs::openAiChat, ProviderStubs.openAiImage(PNG));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).as(end.toString()).isEqualTo("COMPLETE");
        wm.verify(PAGES + 3, postRequestedFor(urlEqualTo(CHAT)));
        wm.verify(PAGES, chatsFor("scene_moment"));
        wm.verify(0, chatsFor("scene_moments"));
        wm.verify(PAGES + 3, postRequestedFor(urlEqualTo(CHAT))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4.1-mini")))
                .withRequestBody(matchingJsonPath("$.max_completion_tokens"))
                .withRequestBody(matchingJsonPath("$.max_tokens", absent())));
        wm.verify(PAGES + 1, postRequestedFor(urlEqualTo(IMAGES))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-image-1")))
                .withRequestBody(matchingJsonPath("$.size", equalTo("1536x1024")))
                .withRequestBody(matchingJsonPath("$.width", absent())));

        JsonNode book = stories.book(id);
        List<JsonNode> pages = book.get("pages").valueStream().toList();
        assertThat(pages).hasSize(PAGES);
        for (JsonNode page : pages) {
            int n = page.get("number").asInt();
            assertThat(page.get("scene_moment")).isEqualTo(JSON.valueToTree(StoryAnswers.scene(n)));
            assertThat(page.get("image_prompt").asString()).contains("picture " + n);
            assertThat(api.get(page.get("image_url").asString()).bytes()).isEqualTo(PNG);
        }
        JsonNode usage = book.get("usage");
        assertThat(usage.get("text_calls").asInt()).isEqualTo(PAGES + 3);
        assertThat(usage.get("prompt_tokens").asLong()).isEqualTo((PAGES + 3) * 700L);
        assertThat(usage.get("completion_tokens").asLong()).isEqualTo((PAGES + 3) * 300L);
        assertThat(usage.get("images").asInt()).isEqualTo(PAGES + 1);
        assertThat(output.getAll()).doesNotContain(ProviderStubs.KEY);
    }

    /**
     * A server that takes json_schema and ignores it (older Ollama and the like): its first prose answer is noticed,
     * asked again in JSON mode with the schema in the prompt, and every later question goes that way.
     */
    @Test
    void aServerThatIgnoresJsonSchemaIsAskedInJsonModeAndTheBookCompletes(CapturedOutput output) {
        answerEverything(wm, PAGES, ProviderStubs::openAiChat, ProviderStubs.openAiImage(PNG));
        wm.stubFor(post(urlPathEqualTo(CHAT)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .willReturn(okJson(ProviderStubs.openAiChat("Once upon a time, Mia found a speckled egg.", "stop"))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).as(end.toString()).isEqualTo("COMPLETE");
        int schemaAsked = wm.findAll(postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))).size();
        assertThat(schemaAsked).isEqualTo(1); // once: from then on the server is asked in JSON mode
        wm.verify(PAGES + 3, postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object"))));
        JsonNode usage = stories.book(id).get("usage");
        assertThat(usage.get("prompt_tokens").asLong()).isEqualTo((PAGES + 4L) * 700L); // the ignored answer too
        assertThat(output.getAll()).contains("ignored the json_schema of a STRUCTURED_STORY answer",
                "using json_object with the schema in the prompt for this server from now on");
    }
}
