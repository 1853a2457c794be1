package io.storyloom.generation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.ImageModelSpec;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.KnownImageModels;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.ReferencePictures;
import io.storyloom.ai.openai.OpenAiImageModel;
import io.storyloom.ai.together.TogetherImageModel;
import io.storyloom.media.MediaLinks;
import io.storyloom.support.Api;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
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

    private static final String LINK_SECRET = "end-to-end-link-secret-of-32-characters";
    /** The illustrator a test chose; the configured Together one when none. */
    private static final AtomicReference<ImageModel> ILLUSTRATOR = new AtomicReference<>();

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        register(registry, wm, "together");
        // Links to stored pictures point at the fake, which passes /media/signed on to the app as the internet would.
        registry.add("storyloom.media.links.public-base-url", wm::baseUrl);
        registry.add("storyloom.media.links.secret", () -> LINK_SECRET);
        registry.add("storyloom.image.read-timeout", () -> "1500ms");
    }

    /** Lets a test draw with any image model against the fake, through the real adapters, in this one context. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ChosenIllustrator {
        @Bean
        @Primary
        ImageModel chosenIllustrator(@Qualifier("togetherImageModel") ImageModel configured) {
            return new ImageModel() {
                private ImageModel current() {
                    ImageModel chosen = ILLUSTRATOR.get();
                    return chosen == null ? configured : chosen;
                }

                @Override
                public GeneratedImage draw(ImageRequest request) {
                    return current().draw(request);
                }

                @Override
                public String modelId() {
                    return current().modelId();
                }

                @Override
                public int promptLimit() {
                    return current().promptLimit();
                }
            };
        }
    }

    @Autowired
    MediaLinks links;

    @AfterAll
    static void stop() {
        wm.stop();
    }

    @BeforeEach
    void fresh() {
        wm.resetAll();
        ILLUSTRATOR.set(null);
        wm.stubFor(get(urlPathEqualTo("/media/signed")).willReturn(aResponse().proxiedFrom("http://localhost:" + port)));
    }

    @AfterEach
    void configuredIllustrator() {
        ILLUSTRATOR.set(null);
    }

    /** The real adapter of an image model, pointed at the fake, with reference pictures on. */
    private ImageModel illustrator(ImageModelSpec spec) {
        var provider = ImageProviderSettings.Provider.valueOf(spec.provider().toUpperCase(java.util.Locale.ROOT));
        var settings = ProviderStubs.imageSettings(provider, wm.baseUrl() + "/v1", ProviderStubs.KEY, spec.id(), true,
                null, Duration.ofSeconds(30), false);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(30)),
                ProviderStubs.retry(3), CallLimits.of(4, 0), settings.callPolicy());
        return provider == ImageProviderSettings.Provider.OPENAI
                ? new OpenAiImageModel(client, settings)
                : new TogetherImageModel(client, settings, new ReferencePictures(links, false));
    }

    static Stream<String> everyListedImageModel() {
        return KnownImageModels.all().stream().map(ImageModelSpec::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyListedImageModel")
    void everyListedImageModelDrawsABookWithRequestsInsideItsLimits(String modelId) {
        ImageModelSpec spec = KnownImageModels.all().stream().filter(m -> m.id().equals(modelId)).findFirst().orElseThrow();
        boolean openAi = spec.provider().equals("openai");
        answerEverything(wm, PAGES, ProviderStubs::togetherChat,
                openAi ? ProviderStubs.openAiImage(PNG) : ProviderStubs.togetherImage(PNG));
        ILLUSTRATOR.set(illustrator(spec));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).as(end.toString()).isEqualTo("COMPLETE");
        JsonNode book = stories.book(id);
        assertThat(book.get("usage").get("images").asInt()).isEqualTo(PAGES + 1);
        byte[] reference = api.get(book.get("reference_image_url").asString()).bytes();
        List<LoggedRequest> drawn = new ArrayList<>(wm.findAll(postRequestedFor(urlEqualTo(IMAGES))));
        List<LoggedRequest> edited = wm.findAll(postRequestedFor(urlEqualTo(EDITS)));
        drawn.addAll(edited);
        assertThat(drawn).hasSize(PAGES + 1);
        for (LoggedRequest request : drawn) {
            if (request.getUrl().endsWith("/edits")) {
                assertThat(request.getPart("model").getBody().asString()).isEqualTo(modelId);
                assertThat(request.getPart("prompt").getBody().asString()).hasSizeLessThanOrEqualTo(spec.promptLimit());
                assertThat(spec.allowsSize(request.getPart("size").getBody().asString())).isTrue();
                assertThat(request.getPart("image").getBody().asBytes()).isEqualTo(reference);
                continue;
            }
            JsonNode sent = JSON.readTree(request.getBodyAsString());
            assertThat(sent.get("model").asString()).isEqualTo(modelId);
            assertThat(sent.get("prompt").asString()).hasSizeLessThanOrEqualTo(spec.promptLimit());
            if (openAi) {
                assertThat(spec.allowsSize(sent.get("size").asString())).as(sent.toString()).isTrue();
                assertThat(sent.has("width")).isFalse();
            } else {
                for (String side : List.of("width", "height")) {
                    assertThat(sent.get(side).asInt()).isBetween(spec.minSide(), spec.maxSide())
                            .satisfies(v -> assertThat(v % spec.multipleOf()).isZero());
                }
                assertThat(sent.get("steps").asInt()).isBetween(spec.minSteps(), spec.maxSteps());
                assertThat(sent.has("size")).isFalse();
            }
        }
        for (JsonNode page : book.get("pages")) {
            assertThat(page.get("image_prompt").asString()).hasSizeLessThanOrEqualTo(spec.promptLimit());
        }
        // Reference pictures go only where the model takes one: pages through the edits endpoint for gpt-image-1,
        // a link in image_url for FLUX.1 Kontext, which the provider fetches (here through the fake).
        assertThat(edited).hasSize(spec.reference() == ImageModelSpec.Reference.EDITS ? PAGES : 0);
        List<String> referenceUrls = drawn.stream().filter(r -> !r.getUrl().endsWith("/edits"))
                .map(r -> JSON.readTree(r.getBodyAsString()).path("image_url"))
                .filter(JsonNode::isString).map(JsonNode::asString).toList();
        assertThat(referenceUrls).hasSize(spec.reference() == ImageModelSpec.Reference.IMAGE_URL ? PAGES : 0);
        for (String url : referenceUrls) {
            assertThat(url).startsWith(wm.baseUrl() + "/media/signed?key=stories%2F");
            var fetched = new Api(wm.baseUrl()).get(url.substring(wm.baseUrl().length()));
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.bytes()).isEqualTo(reference);
        }
    }

    @Test
    void aSignedLinkWorksOnlyAsIssuedAndEveryRefusalIsAProblem() {
        answerEverything();
        ILLUSTRATOR.set(illustrator(KnownImageModels.of("together", "black-forest-labs/FLUX.1-kontext-pro")));
        String id = stories.create(StoryAnswers.CHILD, PAGES);
        assertThat(stories.awaitEnd(id).get("status").asString()).isEqualTo("COMPLETE");
        URI link = URI.create(JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(IMAGES))).getLast().getBodyAsString())
                .get("image_url").asString());
        var client = new Api(port); // nobody signed in, as a provider fetching it
        String valid = "/media/signed?" + link.getRawQuery();
        var fetched = client.get(valid);
        assertThat(fetched.status()).as(valid).isEqualTo(200);
        assertThat(fetched.header("Content-Type")).isEqualTo("image/png");

        var rng = new java.util.Random(15);
        List<String> junk = List.of("", "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(3000), "%FF", "-1",
                "99999999999999999999", "stories%2F" + id + "%2Freference.png", "AAAA", "%20", "null", "1e9");
        String[] parts = link.getRawQuery().split("&");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String[] changed = parts.clone();
            int which = rng.nextInt(parts.length);
            String name = changed[which].substring(0, changed[which].indexOf('='));
            changed[which] = switch (rng.nextInt(4)) {
                case 0 -> name + "=" + junk.get(rng.nextInt(junk.size()));
                case 1 -> name + "=" + changed[which].substring(name.length() + 1) + junk.get(rng.nextInt(junk.size()));
                case 2 -> name;
                default -> "other=" + junk.get(rng.nextInt(junk.size()));
            };
            String path = "/media/signed?" + String.join("&", changed);
            if (path.equals(valid)) {
                continue; // junk that changed nothing
            }
            var response = client.get(path);
            String type = response.header("Content-Type");
            if (response.status() < 400 || response.status() >= 500 || type == null
                    || !type.startsWith("application/problem+json")) {
                wrong.add(path + " -> " + response.status() + " " + type);
            }
        }
        assertThat(wrong).as("tampered links answered wrongly").isEmpty();
        String expired = valid.replaceAll("expires=\\d+", "expires=1");
        assertThat(client.get(expired).status()).isEqualTo(403); // the signature covers the expiry
    }

    @Test
    void aPictureThatTimesOutIsNotDrawnAgainAndIsCountedAsSpent() {
        answerEverything();
        wm.stubFor(post(urlEqualTo(IMAGES)).willReturn(okJson(ProviderStubs.togetherImage(PNG)).withFixedDelay(4_000)));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains("did not answer within 2 s", "not asked again",
                "Retry", "STORYLOOM_IMAGE_READ_TIMEOUT");
        wm.verify(1, postRequestedFor(urlEqualTo(IMAGES))); // the character sheet, asked once
        assertThat(stories.book(id).get("usage").get("images").asInt()).isEqualTo(1);
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
            "{\"title\":\"Mia\",\"pages\":[{\"number\":1,\"text\":\"Mia waits.\"}]}"})
    void anAnswerThatStaysUnusableFailsTheBookAfterOneRepair(String answer) {
        answerEverything();
        wm.stubFor(chatFor("structured_story").willReturn(okJson(ProviderStubs.togetherChat(answer, "eos"))));

        String id = stories.create(StoryAnswers.CHILD, PAGES);
        JsonNode end = stories.awaitEnd(id);

        assertThat(end.get("status").asString()).isEqualTo("FAILED");
        assertThat(end.get("status_message").asString()).contains("could not use, twice", "Trying again usually helps");
        wm.verify(2, postRequestedFor(urlEqualTo(CHAT)));
        wm.verify(0, postRequestedFor(urlEqualTo(IMAGES)));
        // Both unusable answers were paid for, and are counted.
        JsonNode usage = stories.book(id).get("usage");
        assertThat(usage.get("prompt_tokens").asLong()).isEqualTo(2 * 812);
        assertThat(usage.get("completion_tokens").asLong()).isEqualTo(2 * 345);
        assertThat(usage.get("text_calls").asInt()).isEqualTo(2);
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
