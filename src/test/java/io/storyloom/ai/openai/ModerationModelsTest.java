package io.storyloom.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.ModerationVerdict;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderEndpoint;
import io.storyloom.ai.http.ProviderStubs;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The three moderation adapters against a fake provider answering in the documented shapes. */
class ModerationModelsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    /** OpenAI's documented answer of POST /v1/moderations for two inputs (scores shortened to what matters). */
    private static final String OPENAI_ANSWER = """
            {"id":"modr-970d409ef3bef3b70c73d8232df86e7d","model":"omni-moderation-latest",
             "results":[
              {"flagged":true,
               "categories":{"sexual":false,"sexual/minors":false,"harassment":false,"harassment/threatening":false,
                 "hate":false,"hate/threatening":false,"illicit":false,"illicit/violent":false,"self-harm":false,
                 "self-harm/intent":false,"self-harm/instructions":false,"violence":true,"violence/graphic":true},
               "category_scores":{"sexual":2.3e-06,"sexual/minors":1.6e-06,"harassment":0.0011,
                 "harassment/threatening":0.0013,"hate":3.1e-06,"hate/threatening":1.3e-06,"illicit":0.0005,
                 "illicit/violent":0.0002,"self-harm":0.0004,"self-harm/intent":0.0001,
                 "self-harm/instructions":0.0002,"violence":0.91,"violence/graphic":0.71},
               "category_applied_input_types":{"sexual":["text"],"sexual/minors":["text"],"harassment":["text"],
                 "harassment/threatening":["text"],"hate":["text"],"hate/threatening":["text"],"illicit":["text"],
                 "illicit/violent":["text"],"self-harm":["text"],"self-harm/intent":["text"],
                 "self-harm/instructions":["text"],"violence":["text"],"violence/graphic":["text"]}},
              {"flagged":false,
               "categories":{"sexual":false,"sexual/minors":false,"harassment":false,"harassment/threatening":false,
                 "hate":false,"hate/threatening":false,"illicit":false,"illicit/violent":false,"self-harm":false,
                 "self-harm/intent":false,"self-harm/instructions":false,"violence":false,"violence/graphic":false},
               "category_scores":{"violence":0.0001},
               "category_applied_input_types":{"violence":["text"]}}]}
            """;

    private ProviderClient client(String provider, String model) {
        var endpoint = new ProviderEndpoint(provider, "moderation model", URI.create(wm.baseUrl() + "/v1"),
                ProviderStubs.KEY, model, "STORYLOOM_MODERATION_");
        return new ProviderClient(endpoint, ProviderStubs.http(Duration.ofSeconds(5)), ProviderStubs.retry(2),
                CallLimits.concurrent(2));
    }

    @Test
    void openAiGetsEveryTextInOneCallAndEachFlaggedCategoryComesBack() {
        wm.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson(OPENAI_ANSWER)));

        var verdicts = new OpenAiModeration(client("OpenAI", "omni-moderation-latest"))
                .moderate(List.of("a knight hurts the villagers badly", "a bunny bakes bread"));

        assertThat(verdicts).containsExactly(new ModerationVerdict(true, List.of("violence", "violence/graphic")),
                ModerationVerdict.safe());
        wm.verify(1, postRequestedFor(urlEqualTo("/v1/moderations"))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withRequestBody(equalToJson("""
                        {"model":"omni-moderation-latest",
                         "input":["a knight hurts the villagers badly","a bunny bakes bread"]}
                        """)));
    }

    @Test
    void openAiAnsweringForFewerTextsIsABadAnswerNotAPass() {
        wm.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(okJson(OPENAI_ANSWER)));

        var failure = catchThrowableOfType(ProviderException.class,
                () -> new OpenAiModeration(client("OpenAI", "omni-moderation-latest")).moderate(List.of("one", "two", "three")));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.BAD_ANSWER);
    }

    @Test
    void anOutageIsAProviderFailureTheReviewCanFailClosedOn() {
        wm.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(aResponse().withStatus(503)));

        var failure = catchThrowableOfType(ProviderException.class,
                () -> new OpenAiModeration(client("OpenAI", "omni-moderation-latest")).moderate(List.of("a bunny")));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.TRANSIENT);
        wm.verify(2, postRequestedFor(urlEqualTo("/v1/moderations")));
    }

    @Test
    void llamaGuardAnswersSafeOrUnsafeWithHazardCodesPerText() {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("a bunny bakes bread")))
                .willReturn(okJson(ProviderStubs.togetherChat("safe", "eos"))));
        wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("how to hurt the kids")))
                .willReturn(okJson(ProviderStubs.togetherChat("\n\nunsafe\nS1,S10", "eos"))));

        var verdicts = new LlamaGuardModeration(client("Together", "meta-llama/Llama-Guard-4-12B"))
                .moderate(List.of("a bunny bakes bread", "how to hurt the kids"));

        assertThat(verdicts).containsExactly(ModerationVerdict.safe(), new ModerationVerdict(true, List.of("S1", "S10")));
        wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
                {"model":"meta-llama/Llama-Guard-4-12B","messages":[{"role":"user","content":"a bunny bakes bread"}],
                 "max_tokens":20,"temperature":0.0}
                """)));
    }

    @Test
    void llamaGuardAnsweringSomethingElseIsABadAnswer() {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(ProviderStubs.togetherChat("I think it is fine", "eos"))));

        var failure = catchThrowableOfType(ProviderException.class,
                () -> new LlamaGuardModeration(client("Together", "meta-llama/Llama-Guard-4-12B")).moderate(List.of("x")));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.BAD_ANSWER);
    }

    @Test
    void theChatJudgeGetsTheTextsAsJsonAndAnswersAVerdictPerText() {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(ProviderStubs.openAiChat("""
                {"verdicts":[{"flagged":false,"categories":[]},{"flagged":true,"categories":["drugs"]}]}""", "stop"))));

        var verdicts = new ChatJudgeModeration(client("OpenAI", "gpt-4.1-mini"))
                .moderate(List.of("a dragon toasts marshmallows", "the kids share grown-up juice"));

        assertThat(verdicts).containsExactly(ModerationVerdict.safe(), new ModerationVerdict(true, List.of("drugs")));
        wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        equalTo("{\"texts\":[\"a dragon toasts marshmallows\",\"the kids share grown-up juice\"]}"))));
    }

    @Test
    void aJudgeAnswerThatIsNotOneVerdictPerTextIsABadAnswer() {
        wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(ProviderStubs.openAiChat("{\"verdicts\":[]}", "stop"))));

        var failure = catchThrowableOfType(ProviderException.class,
                () -> new ChatJudgeModeration(client("OpenAI", "gpt-4.1-mini")).moderate(List.of("x")));

        assertThat(failure.reason()).isEqualTo(ProviderException.Reason.BAD_ANSWER);
    }
}
