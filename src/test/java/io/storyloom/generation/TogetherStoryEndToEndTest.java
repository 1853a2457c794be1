package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.storyloom.ai.http.ProviderStubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole books through the real pipeline with Together as story writer and illustrator (a WireMock
 * server answering exactly as Together does), scene moments in one batch call.
 */
class TogetherStoryEndToEndTest extends FakeProvidersApp {

    private static final int PAGES = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer wm = new WireMockServer(ProviderStubs.server());

    static {
        wm.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        register(registry, wm, "together");
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    @BeforeEach
    void fresh() {
        wm.resetAll();
    }

    private static void answerEverything() {
        answerEverything(wm, PAGES, ProviderStubs::togetherChat, ProviderStubs.togetherImage(PNG));
    }

    @Test
    void aWholeBookIsWrittenAndDrawnWithFourModelCallsAndEveryFieldSaved(CapturedOutput output) {
        answerEverything();

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).as(end.toString()).isEqualTo("COMPLETE");
        wm.verify(4, postRequestedFor(urlEqualTo(CHAT)));
        wm.verify(PAGES + 1, postRequestedFor(urlEqualTo(IMAGES)));

        JsonNode book = stories.book(id);
        assertThat(book.get("title").asString()).isEqualTo("Mia and the Dragon Egg");
        assertThat(book.get("meta").get("setting").asString()).isEqualTo("a sunny garden with tall sunflowers");
        assertThat(book.get("meta").get("tone").asString()).isEqualTo("cozy, playful");
        assertThat(book.get("meta").get("lesson").asString()).isEqualTo("patience");
        assertThat(book.get("visual_profile")).isEqualTo(JSON.readTree(StoryAnswers.visualProfile()));
        assertThat(book.get("base_style")).isEqualTo(JSON.readTree(StoryAnswers.baseStyle()));
        assertThat(api.get(book.get("reference_image_url").asString()).bytes()).isEqualTo(PNG);
        List<JsonNode> pages = book.get("pages").valueStream().toList();
        assertThat(pages).extracting(p -> p.get("number").asInt()).containsExactly(1, 2, 3);
        for (JsonNode page : pages) {
            int n = page.get("number").asInt();
            assertThat(page.get("text").asString()).isEqualTo("Page " + n + ": Mia waits by the speckled egg.");
            // Every field the model wrote for the scene is kept, not just the ones the prompt uses.
            assertThat(page.get("scene_moment")).isEqualTo(JSON.valueToTree(StoryAnswers.scene(n)));
            assertThat(page.get("image_prompt").asString())
                    .contains("picture " + n, "soft watercolor picture-book illustration", "Mia", "Pip");
            assertThat(page.get("source").asString()).isEqualTo("AI");
            var image = api.get(page.get("image_url").asString());
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.bytes()).isEqualTo(PNG);
        }
        JsonNode usage = book.get("usage");
        assertThat(usage.get("text_calls").asInt()).isEqualTo(4);
        assertThat(usage.get("prompt_tokens").asLong()).isEqualTo(4 * 812);
        assertThat(usage.get("completion_tokens").asLong()).isEqualTo(4 * 345);
        assertThat(usage.get("images").asInt()).isEqualTo(PAGES + 1);

        assertThat(output.getAll()).doesNotContain(ProviderStubs.KEY);
    }

    @Test
    void theRequestsAreTheOnesTogetherDocuments() {
        answerEverything();

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");

        wm.verify(PAGES + 1, postRequestedFor(urlEqualTo(IMAGES))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("black-forest-labs/FLUX.1-schnell")))
                .withRequestBody(matchingJsonPath("$.width", equalTo("320")))
                .withRequestBody(matchingJsonPath("$.height", equalTo("256"))) // 240 is below Together's minimum
                .withRequestBody(matchingJsonPath("$.steps", equalTo("4")))
                .withRequestBody(matchingJsonPath("$.response_format", equalTo("base64")))
                .withRequestBody(matchingJsonPath("$.output_format", equalTo("png")))
                .withRequestBody(matchingJsonPath("$.size", absent()))
                .withRequestBody(matchingJsonPath("$.image_url", absent())));
        wm.verify(4, postRequestedFor(urlEqualTo(CHAT))
                .withRequestBody(matchingJsonPath("$.model", equalTo("meta-llama/Llama-3.3-70B-Instruct-Turbo")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.max_tokens")));
        // The schemas derived from the records, as sent, are valid for strict mode.
        for (LoggedRequest request : wm.findAll(postRequestedFor(urlEqualTo(CHAT)))) {
            JsonNode schema = JSON.readTree(request.getBodyAsString()).at("/response_format/json_schema/schema");
            assertThat(strictViolations(schema, "$")).as(request.getBodyAsString()).isEmpty();
        }
    }

    @Test
    void anUnusableOutlineGetsOneRepairQuotingWhatWasWrong() {
        answerEverything();
        wm.stubFor(chatFor("structured_story").inScenario("outline").whenScenarioStateIs(STARTED)
                .willReturn(okJson(ProviderStubs.togetherChat(
                        "{\"title\":\"Mia\",\"meta\":{\"setting\":\"a garden\"},\"pages\":[]}", "eos")))
                .willSetStateTo("repaired"));
        wm.stubFor(chatFor("structured_story").inScenario("outline").whenScenarioStateIs("repaired")
                .willReturn(okJson(ProviderStubs.togetherChat(StoryAnswers.story(PAGES), "eos"))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);

        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        wm.verify(2, chatsFor("structured_story"));
        wm.verify(1, chatsFor("structured_story")
                .withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", containing("meta.tone")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", containing("pages"))));
        assertThat(stories.book(id).get("usage").get("text_calls").asInt()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"title\":\"Mia\",\"meta\":{\"setting\":\"a garden\",",
            "{\"title\":\"Mia\",\"meta\":{\"setting\":\"a garden\",\"tone\":\"cozy\",\"lesson\":\"patience\"},\"pages\":[]}",
            "{\"title\":\"Mia\",\"meta\":{\"setting\":\"a garden\",\"tone\":\"cozy\",\"lesson\":\"patience\"},\"pages\":\"three\"}",
            "{\"title\":\"Mia\",\"pages\":[{\"number\":1,\"text\":\"Mia waits.\"}]}",
            "Once upon a time there was a girl called Mia."})
    void anAnswerThatStaysUnusableFailsTheBookAfterOneRepair(String answer) {
        answerEverything();
        wm.stubFor(chatFor("structured_story").willReturn(okJson(ProviderStubs.togetherChat(answer, "eos"))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains("could not use, twice", "Trying again usually helps");
        wm.verify(2, postRequestedFor(urlEqualTo(CHAT)));
        wm.verify(0, postRequestedFor(urlEqualTo(IMAGES)));
    }

    @Test
    void aTruncatedOutlineIsAskedForAgainWithRoomToFinish() {
        answerEverything();
        wm.stubFor(chatFor("structured_story").inScenario("long").whenScenarioStateIs(STARTED)
                .willReturn(okJson(ProviderStubs.togetherChat("{\"title\":\"Mia and the Dra", "length")))
                .willSetStateTo("roomier"));
        wm.stubFor(chatFor("structured_story").inScenario("long").whenScenarioStateIs("roomier")
                .willReturn(okJson(ProviderStubs.togetherChat(StoryAnswers.story(PAGES), "eos"))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);

        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        List<Integer> maxTokens = wm.findAll(chatsFor("structured_story")).stream()
                .map(r -> JSON.readTree(r.getBodyAsString()).get("max_tokens").asInt()).toList();
        assertThat(maxTokens).hasSize(2);
        assertThat(maxTokens.get(1)).isEqualTo(2 * maxTokens.get(0));
    }

    @Test
    void rateLimitsAndOverloadsAreRiddenOutWithinTheBook() {
        answerEverything();
        failFirst(() -> chatFor("structured_story"), "busy-writer", aResponse().withStatus(429).withHeader("retry-after", "0")
                .withBody(ProviderStubs.error("Rate limit exceeded", "credit_limit", null)),
                ProviderStubs.togetherChat(StoryAnswers.story(PAGES), "eos"));
        failFirst(() -> post(urlEqualTo(IMAGES)), "busy-illustrator", aResponse().withStatus(503)
                .withBody(ProviderStubs.error("Service overloaded", "server_error", null)), ProviderStubs.togetherImage(PNG));

        String id = stories.create(StoryAnswers.CHILD, PAGES);

        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        wm.verify(2, chatsFor("structured_story"));
        wm.verify(PAGES + 2, postRequestedFor(urlEqualTo(IMAGES)));
    }

    @Test
    void aRejectedKeyFailsTheBookAtOnceSayingWhichSettingToFix() {
        answerEverything();
        wm.stubFor(chatFor("structured_story").willReturn(aResponse().withStatus(401).withBody(ProviderStubs.error(
                "Invalid API key provided", "invalid_request_error", "invalid_api_key"))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString())
                .contains("story writer (Together) did not accept Storyloom's API key", "STORYLOOM_TEXT_API_KEY");
        wm.verify(1, postRequestedFor(urlEqualTo(CHAT)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {402, 404, 422})
    void aPictureTheProviderRefusesFailsTheBookAtOnceWithWhatToDo(int status) {
        answerEverything();
        wm.stubFor(post(urlEqualTo(IMAGES)).willReturn(aResponse().withStatus(status).withBody(ProviderStubs.error(
                status == 422 ? "NSFW content detected" : "Refused", "invalid_request_error", null))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains(switch (status) {
            case 402 -> "has no credit left";
            case 404 -> "STORYLOOM_IMAGE_MODEL";
            default -> "safety filter";
        });
        wm.verify(1, postRequestedFor(urlEqualTo(IMAGES)));
        assertThat(stories.book(id).get("usage").get("images").asInt()).isZero();
    }

    /** A builder is a mutable stub, so each of the two stubs gets its own. */
    private static void failFirst(Supplier<MappingBuilder> call, String scenario, ResponseDefinitionBuilder failure,
            String answer) {
        wm.stubFor(call.get().inScenario(scenario).whenScenarioStateIs(STARTED).willReturn(failure).willSetStateTo("ok"));
        wm.stubFor(call.get().inScenario(scenario).whenScenarioStateIs("ok").willReturn(okJson(answer)));
    }

    /** Where a schema breaks OpenAI's strict-mode rules. */
    private static List<String> strictViolations(JsonNode schema, String path) {
        var violations = new ArrayList<String>();
        if (schema.isObject()) {
            for (String keyword : List.of("minLength", "maxLength", "$schema")) {
                if (schema.has(keyword)) {
                    violations.add(path + ": has " + keyword);
                }
            }
            if (schema.has("properties")) {
                var names = new ArrayList<String>(schema.get("properties").propertyNames());
                var required = schema.path("required").valueStream().map(JsonNode::asString).toList();
                if (!required.containsAll(names) || required.size() != names.size()) {
                    violations.add(path + ": required " + required + " is not all of " + names);
                }
                if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
                    violations.add(path + ": additionalProperties is not false");
                }
                schema.get("properties").properties()
                        .forEach(e -> violations.addAll(strictViolations(e.getValue(), path + "." + e.getKey())));
            }
            if (schema.has("items")) {
                violations.addAll(strictViolations(schema.get("items"), path + "[]"));
            }
            for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
                violations.addAll(strictViolations(def.getValue(), "$defs." + def.getKey()));
            }
        }
        return violations;
    }
}
