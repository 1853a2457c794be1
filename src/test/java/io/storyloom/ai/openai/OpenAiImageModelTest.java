package io.storyloom.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.KnownImageModels;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OpenAI's image API: a size from its list, b64_json answers with created. */
class OpenAiImageModelTest {

    private static final String PATH = "/v1/images/generations";
    private static final String EDITS = "/v1/images/edits";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PNG = ProviderStubs.png(48, 32);

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private OpenAiImageModel model(String size) {
        return model(null, false, size);
    }

    private OpenAiImageModel model(String modelId, boolean referenceImages, String size) {
        var settings = ProviderStubs.imageSettings(ImageProviderSettings.Provider.OPENAI, wm.baseUrl() + "/v1",
                ProviderStubs.KEY, modelId, referenceImages, size);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(5)),
                ProviderStubs.retry(3), CallLimits.of(2, 0), settings.callPolicy());
        return new OpenAiImageModel(client, settings);
    }

    private static ImageRequest page(String prompt, int width, int height, byte[] reference) {
        return new ImageRequest(ImageRequest.Purpose.PAGE, prompt, null, width, height, 5, reference, null, null);
    }

    private static ImageRequest request(int width, int height) {
        return new ImageRequest(ImageRequest.Purpose.CHARACTER_REFERENCE, "Mia and Pip, full body. No text.", null,
                width, height, 99, null);
    }

    @Test
    void sendsModelPromptAndSizeAndReadsB64Json() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.openAiImage(PNG))));

        var image = model(null).draw(request(1024, 768));

        assertThat(image.bytes()).isEqualTo(PNG);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.model()).isEqualTo("gpt-image-1");
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"model":"gpt-image-1","prompt":"Mia and Pip, full body. No text.","n":1,"size":"1536x1024"}
                """)));
    }

    @ParameterizedTest
    @CsvSource({"1024, 768, , 1536x1024", "768, 1024, , 1024x1536", "800, 800, , 1024x1024",
            "1024, 768, auto, auto", "1024, 768, 1024x1024, 1024x1024", "1024, 768, 1792x1024, 1536x1024"})
    void theSizeFollowsThePagesShapeUnlessSetToOneTheModelTakes(int width, int height, String configured, String sent) {
        assertThat(model(configured).size(request(width, height))).isEqualTo(sent);
    }

    @ParameterizedTest
    @CsvSource({
            "gpt-image-1, 1024, 768, 1536x1024", "gpt-image-1, 768, 1024, 1024x1536", "gpt-image-1, 900, 900, 1024x1024",
            "dall-e-3, 1024, 768, 1792x1024", "dall-e-3, 768, 1024, 1024x1792", "dall-e-3, 900, 900, 1024x1024",
            "dall-e-2, 1024, 768, 1024x1024", "dall-e-2, 320, 240, 256x256", "dall-e-2, 600, 450, 512x512"})
    void eachModelGetsItsOwnNearestSize(String modelId, int width, int height, String sent) {
        assertThat(model(modelId, false, null).size(request(width, height))).isEqualTo(sent);
    }

    @ParameterizedTest
    @CsvSource({"gpt-image-1, 32000, ", "dall-e-3, 4000, b64_json", "dall-e-2, 1000, b64_json"})
    void eachModelIsAskedWithinItsPromptLimitAndGetsAnInlineAnswer(String modelId, int limit, String format) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.openAiImage(PNG))));
        String prompt = "Mia finds a speckled dragon egg in the tall sunflowers. ".repeat(700); // ~39,000 characters

        var image = model(modelId, false, null).draw(page(prompt, 1024, 768, null));

        assertThat(image.bytes()).isEqualTo(PNG);
        assertThat(model(modelId, false, null).promptLimit()).isEqualTo(limit);
        JsonNode sent = JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(PATH))).getFirst().getBodyAsString());
        assertThat(sent.get("prompt").asString()).hasSizeLessThanOrEqualTo(limit).hasSizeGreaterThan(limit - 60);
        assertThat(KnownImageModels.of("openai", modelId).allowsSize(sent.get("size").asString())).isTrue();
        if (format == null) {
            assertThat(sent.has("response_format")).isFalse(); // gpt-image models refuse it
        } else {
            assertThat(sent.get("response_format").asString()).isEqualTo(format);
        }
    }

    @Test
    void withReferencePicturesGptImageDrawsPagesThroughTheEditsEndpoint() {
        wm.stubFor(post(urlEqualTo(EDITS)).willReturn(okJson(ProviderStubs.openAiImage(PNG))));
        byte[] reference = ProviderStubs.png(40, 40);

        var image = model("gpt-image-1", true, null).draw(page("Mia waves at Pip. No text.", 1024, 768, reference));

        assertThat(image.bytes()).isEqualTo(PNG);
        wm.verify(0, postRequestedFor(urlEqualTo(PATH)));
        wm.verify(1, postRequestedFor(urlEqualTo(EDITS))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withHeader("Content-Type", matching("multipart/form-data; ?boundary=storyloom-.+"))
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("model").withBody(equalTo("gpt-image-1")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("prompt")
                        .withBody(equalTo("Mia waves at Pip. No text.")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("size").withBody(equalTo("1536x1024")).build())
                .withRequestBodyPart(new MultipartValuePatternBuilder().withName("image")
                        .withHeader("Content-Type", equalTo("image/png")).withBody(binaryEqualTo(reference)).build()));
    }

    @Test
    void theCharacterSheetItselfAndModelsWithoutEditsUseGenerations() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.openAiImage(PNG))));
        byte[] reference = ProviderStubs.png(40, 40);

        model("gpt-image-1", true, null).draw(request(1024, 768));
        model("dall-e-3", true, null).draw(page("Mia waves. No text.", 1024, 768, reference));

        wm.verify(2, postRequestedFor(urlEqualTo(PATH)));
        wm.verify(0, postRequestedFor(urlEqualTo(EDITS)));
    }

    @Test
    void anUnknownModelGetsTheSafestSizeAndPromptLimit() {
        var spec = KnownImageModels.of("openai", "gpt-image-9");

        assertThat(spec.unknown()).isTrue();
        assertThat(model("gpt-image-9", false, null).size(request(1024, 768))).isEqualTo("1024x1024");
        assertThat(model("gpt-image-9", false, null).promptLimit()).isEqualTo(1000);
    }
}
