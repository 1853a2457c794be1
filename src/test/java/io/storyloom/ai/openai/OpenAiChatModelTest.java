package io.storyloom.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.ChatMessage;
import io.storyloom.ai.OutputSchema;
import io.storyloom.ai.PromptKind;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.TextPrompt;
import io.storyloom.ai.TokenUsage;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderEndpoint;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.TextProviderSettings.StructuredOutput;
import io.storyloom.support.CapturedConsole;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chat adapter against a fake Together / OpenAI / Ollama answering in their exact shapes. */
@CapturedConsole
@ResourceLock(Resources.SYSTEM_OUT) // captures the console
class OpenAiChatModelTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String TOGETHER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
    /** A schema as OutputSchemas derives it: an optional field, length limits, a nested object. */
    private static final String SCHEMA = """
            {"type":"object",
             "properties":{
               "title":{"type":"string","minLength":1,"maxLength":120},
               "subtitle":{"type":"string","maxLength":50},
               "pages":{"type":"array","minItems":1,"maxItems":12,
                 "items":{"type":"object","properties":{"number":{"type":"integer","minimum":1}},
                          "required":["number"],"additionalProperties":false}}},
             "required":["title","pages"],"additionalProperties":false}
            """;
    private static final String STRICT_SCHEMA = """
            {"type":"object",
             "properties":{
               "title":{"type":"string","description":"at most 120 characters"},
               "subtitle":{"type":["string","null"],"description":"at most 50 characters"},
               "pages":{"type":"array","minItems":1,"maxItems":12,
                 "items":{"type":"object","properties":{"number":{"type":"integer","minimum":1}},
                          "required":["number"],"additionalProperties":false}}},
             "required":["title","subtitle","pages"],"additionalProperties":false}
            """;
    private static final String ANSWER = "{\"title\":\"Mia and the Dragon Egg\",\"subtitle\":null,\"pages\":[{\"number\":1}]}";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private static TextPrompt prompt(long seed) {
        Map<String, Object> schema = JsonMapper.builder().build().readValue(SCHEMA, new TypeReference<>() { });
        return new TextPrompt(PromptKind.STRUCTURED_STORY,
                List.of(ChatMessage.system("You write picture books. Answer in JSON."), ChatMessage.user("Write about Mia.")),
                new OutputSchema("structured_story", schema), Map.of("child_name", "Mia"), seed, 3600);
    }

    private OpenAiChatModel model(String provider, String key, String model, boolean openAi, Double temperature,
            StructuredOutput mode) {
        var endpoint = new ProviderEndpoint(provider, "story writer", URI.create(wm.baseUrl() + "/v1"), key, model,
                "STORYLOOM_TEXT_");
        var client = new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(3),
                CallLimits.concurrent(2));
        return new OpenAiChatModel(client, openAi, temperature, mode);
    }

    private OpenAiChatModel together() {
        return model("Together", ProviderStubs.KEY, TOGETHER_MODEL, false, 0.8, StructuredOutput.JSON_SCHEMA);
    }

    @Test
    void togetherGetsExactlyTheDocumentedRequestAndItsEosAnswerIsComplete() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "eos"))));

        var completion = together().complete(prompt(42));

        assertThat(completion.content()).isEqualTo(ANSWER);
        assertThat(completion.truncated()).isFalse();
        assertThat(completion.model()).isEqualTo(TOGETHER_MODEL);
        assertThat(completion.usage()).isEqualTo(new TokenUsage(812, 345));
        wm.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withRequestBody(equalToJson("""
                        {"model":"meta-llama/Llama-3.3-70B-Instruct-Turbo",
                         "messages":[{"role":"system","content":"You write picture books. Answer in JSON."},
                                     {"role":"user","content":"Write about Mia."}],
                         "max_tokens":3600,
                         "temperature":0.8,
                         "seed":42,
                         "response_format":{"type":"json_schema",
                           "json_schema":{"name":"structured_story","schema":%s,"strict":true}}}
                        """.formatted(STRICT_SCHEMA))));
    }

    @Test
    void aSeedBeyondThirtyTwoBitsIsSentAsItsLowBits() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "stop"))));

        together().complete(prompt((1L << 52) + 7));

        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.seed", equalTo("7"))));
    }

    @Test
    void finishReasonLengthIsReportedAsTruncatedNotParsed() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherChat("{\"title\":\"Mia and th", "length"))));

        var completion = together().complete(prompt(1));

        assertThat(completion.truncated()).isTrue();
        assertThat(completion.content()).isEqualTo("{\"title\":\"Mia and th");
    }

    @Test
    void openAiGetsMaxCompletionTokensAndNoTemperatureWhenLeftToTheModel() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.openAiChat(ANSWER, "stop"))));

        var completion = model("OpenAI", ProviderStubs.KEY, "gpt-4.1-mini", true, null, StructuredOutput.JSON_SCHEMA)
                .complete(prompt(42));

        assertThat(completion.model()).isEqualTo("gpt-4.1-mini-2025-04-14");
        assertThat(completion.usage()).isEqualTo(new TokenUsage(700, 300));
        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"model":"gpt-4.1-mini",
                 "messages":[{"role":"system","content":"You write picture books. Answer in JSON."},
                             {"role":"user","content":"Write about Mia."}],
                 "max_completion_tokens":3600,
                 "seed":42,
                 "response_format":{"type":"json_schema",
                   "json_schema":{"name":"structured_story","schema":%s,"strict":true}}}
                """.formatted(STRICT_SCHEMA))));
    }

    @Test
    void jsonObjectModePutsTheSchemaInTheSystemMessage() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "stop"))));

        model("the OpenAI-compatible server", "", "llama3.1:8b", false, 0.8, StructuredOutput.JSON_OBJECT)
                .complete(prompt(42));

        wm.verify(postRequestedFor(urlEqualTo(PATH))
                .withoutHeader("Authorization")
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .withRequestBody(matchingJsonPath("$.messages[0].content",
                        containing("Answer with a single JSON object, and nothing else, that follows this JSON Schema (named \"structured_story\"):")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("\"maxLength\":120"))));
    }

    @Test
    void aServerThatRefusesJsonSchemaIsAskedInJsonModeFromThenOn() {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .willReturn(aResponse().withStatus(400).withBody(ProviderStubs.error(
                        "response_format json_schema is not supported by this model", "invalid_request_error", null))));
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "stop"))));
        var model = together();

        assertThat(model.complete(prompt(1)).content()).isEqualTo(ANSWER);
        assertThat(model.complete(prompt(2)).content()).isEqualTo(ANSWER);

        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(
                matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)).withRequestBody(
                matchingJsonPath("$.response_format.type", equalTo("json_object"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Once upon a time, Mia found an egg.",
            "{\"story\":\"Once upon a time, Mia found an egg.\"}",
            "Here you go: {\"story\": \"Mia found an egg"})
    void aServerThatIgnoresJsonSchemaIsAskedInJsonModeForThisAndEveryLaterAnswer(String ignoring,
            CapturedOutput output) {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .willReturn(okJson(ProviderStubs.togetherChat(ignoring, "stop"))));
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "stop"))));
        var model = together();

        var first = model.complete(prompt(1));
        var second = model.complete(prompt(2));

        assertThat(first.content()).isEqualTo(ANSWER);
        assertThat(first.usage()).isEqualTo(new TokenUsage(2 * 812, 2 * 345)); // the ignored answer was paid for too
        assertThat(second.content()).isEqualTo(ANSWER);
        assertThat(second.usage()).isEqualTo(new TokenUsage(812, 345));
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(
                matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
        wm.verify(2, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.messages[0].content",
                        containing("follows this JSON Schema (named \"structured_story\")"))));
        assertThat(output.getAll()).contains("ignored the json_schema of a STRUCTURED_STORY answer",
                "using json_object with the schema in the prompt for this server from now on");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"title\":\"Mia\",\"pages\":[]}",
            "{\"title\":\"Mia and the Dra",
            "```json\n{\"title\":\"Mia\"}\n```"})
    void anAnswerThatFollowsTheSchemaBadlyIsLeftToTheRepairRound(String flawed) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherChat(flawed, "stop"))));

        assertThat(together().complete(prompt(1)).content()).isEqualTo(flawed);

        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aContentFilterStopIsASafetyRefusal() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.openAiChat("", "content_filter"))));

        var failure = catchThrowableOfType(ProviderException.class, () -> together().complete(prompt(1)));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.SAFETY);
        assertThat(failure.getMessage()).contains("safety filter");
    }

    @Test
    void aRepairRoundCarriesThePreviousAnswerAndTheViolations() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "stop"))));

        together().complete(prompt(1).followedBy(ChatMessage.assistant("{\"title\":\"\"}"),
                ChatMessage.user("Your answer could not be used:\n- title: must not be blank")));

        wm.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.messages[2].role", equalTo("assistant")))
                .withRequestBody(matchingJsonPath("$.messages[3].content", containing("title: must not be blank"))));
    }

    @Test
    void anAnswerWithoutChoicesIsABadAnswer() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("""
                {"id":"x","object":"chat.completion","model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":0}}
                """)));

        var failure = catchThrowableOfType(ProviderException.class, () -> together().complete(prompt(1)));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.BAD_ANSWER);
    }

    @Test
    void aTransient503ThenAnAnswerStillCompletes() {
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody(ProviderStubs.error("overloaded", "server_error", null)))
                .willSetStateTo("ok"));
        wm.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(okJson(ProviderStubs.togetherChat(ANSWER, "eos"))));

        assertThat(together().complete(prompt(1)).content()).isEqualTo(ANSWER);
        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }
}
