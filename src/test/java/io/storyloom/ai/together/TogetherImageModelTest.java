package io.storyloom.ai.together;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.ProviderException;
import io.storyloom.ai.ProviderException.Reason;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderStubs;
import io.storyloom.ai.http.ImageModelSpec;
import io.storyloom.ai.http.KnownImageModels;
import io.storyloom.ai.http.ReferencePictures;
import io.storyloom.media.MediaLinks;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Together's image API as PROVIDERS.md has it: width/height (no size), base64, no created field. */
class TogetherImageModelTest {

    private static final String PATH = "/v1/images/generations";
    private static final byte[] PNG = ProviderStubs.png(64, 48);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private static final String KONTEXT = "black-forest-labs/FLUX.1-kontext-pro";
    private static final MediaLinks NO_LINKS = key -> Optional.empty();

    private TogetherImageModel model(boolean referenceImages) {
        return model(null, referenceImages, NO_LINKS, false);
    }

    private TogetherImageModel model(String modelId, boolean referenceImages, MediaLinks links, boolean dataUrl) {
        var settings = ProviderStubs.imageSettings(ImageProviderSettings.Provider.TOGETHER, wm.baseUrl() + "/v1",
                ProviderStubs.KEY, modelId, referenceImages, null);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(5)),
                ProviderStubs.retry(3), CallLimits.of(settings.maxConcurrency(), settings.imagesPerMinute()),
                settings.callPolicy());
        return new TogetherImageModel(client, settings, new ReferencePictures(links, dataUrl));
    }

    private static ImageRequest page(byte[] reference) {
        return new ImageRequest(ImageRequest.Purpose.PAGE, "A watercolor picture of Mia finding a dragon egg. No text.",
                null, 1024, 768, 1234, reference, null, reference == null ? null : REFERENCE_KEY);
    }

    private static final String REFERENCE_KEY = "stories/6f1c2a9e-0000-4000-8000-000000000001/reference-abc123.png";

    @Test
    void sendsWidthHeightStepsAndBase64ButNoSize() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));

        var image = model(false).draw(page(PNG));

        assertThat(image.bytes()).isEqualTo(PNG);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.model()).isEqualTo("black-forest-labs/FLUX.1-schnell");
        // equalToJson fails on any extra field: no size, no image_url with reference images off.
        wm.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + ProviderStubs.KEY))
                .withRequestBody(equalToJson("""
                        {"model":"black-forest-labs/FLUX.1-schnell",
                         "prompt":"A watercolor picture of Mia finding a dragon egg. No text.",
                         "width":1024,"height":768,"steps":4,"n":1,"seed":1234,
                         "response_format":"base64","output_format":"png"}
                        """)));
    }

    @Test
    void kontextIsSentAShortLivedLinkToTheStoredCharacterSheet() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));
        MediaLinks links = key -> Optional.of(URI.create("https://books.example.org/media/signed?key=" + key
                + "&expires=1&signature=s"));

        model(KONTEXT, true, links, true).draw(page(PNG));

        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url",
                equalTo("https://books.example.org/media/signed?key=" + REFERENCE_KEY + "&expires=1&signature=s"))));
    }

    @Test
    void withoutALinkTheDataUrlIsSentOnlyWhenAllowed() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));

        model(KONTEXT, true, NO_LINKS, true).draw(page(PNG));
        model(KONTEXT, true, NO_LINKS, false).draw(page(PNG));

        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url",
                equalTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)))));
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url", absent())));
    }

    @Test
    void modelsThatTakeNoReferenceAreSentNone() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));
        MediaLinks links = key -> Optional.of(URI.create("https://books.example.org/media/signed?key=k"));

        model(null, true, links, true).draw(page(PNG)); // FLUX.1-schnell

        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url", absent())));
    }

    @Test
    void theReferenceSheetItselfIsDrawnWithoutImageUrl() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));

        model(KONTEXT, true, NO_LINKS, true).draw(page(null));

        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url", absent())));
    }

    static Stream<String> togetherModels() {
        return KnownImageModels.all().stream().filter(m -> m.provider().equals("together")).map(ImageModelSpec::id);
    }

    @ParameterizedTest
    @MethodSource("togetherModels")
    void everyKnownModelIsAskedWithinItsLimits(String modelId) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));
        var spec = KnownImageModels.of("together", modelId);
        String longPrompt = "Mia finds a speckled dragon egg in the tall sunflowers. ".repeat(100);

        model(modelId, false, NO_LINKS, false).draw(new ImageRequest(ImageRequest.Purpose.PAGE, longPrompt, null,
                1000, 750, 7, null));

        JsonNode sent = JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(PATH))).getFirst().getBodyAsString());
        assertThat(spec.unknown()).isFalse();
        assertThat(sent.get("model").asString()).isEqualTo(modelId);
        assertThat(sent.get("prompt").asString()).hasSizeLessThanOrEqualTo(spec.promptLimit()).startsWith("Mia finds");
        for (String side : List.of("width", "height")) {
            assertThat(sent.get(side).asInt()).isBetween(256, 1920).satisfies(v -> assertThat(v % 8).isZero());
        }
        assertThat(sent.get("width").asInt()).isEqualTo(1000);
        assertThat(sent.get("height").asInt()).isEqualTo(752);
        assertThat(sent.get("steps").asInt()).isEqualTo(spec.defaultSteps()).isBetween(spec.minSteps(), spec.maxSteps());
    }

    @Test
    void stepsAreKeptWithinTheModelsRange() {
        var schnell = KnownImageModels.of("together", "black-forest-labs/FLUX.1-schnell");
        var dev = KnownImageModels.of("together", "black-forest-labs/FLUX.1-dev");

        assertThat(schnell.steps(null)).isEqualTo(4);
        assertThat(schnell.steps(28)).isEqualTo(12);
        assertThat(dev.steps(null)).isEqualTo(28);
        assertThat(dev.steps(80)).isEqualTo(50);
    }

    @Test
    void anUnknownModelGetsSafeDefaultsAndLeavesStepsToTogether() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));
        var spec = KnownImageModels.of("together", "acme/new-model");

        model("acme/new-model", true, key -> Optional.of(URI.create("https://x.example/r")), true)
                .draw(new ImageRequest(ImageRequest.Purpose.PAGE, "x ".repeat(3000), null, 1024, 768, 7, PNG));

        assertThat(spec.unknown()).isTrue();
        assertThat(KnownImageModels.warnings(ProviderStubs.imageSettings(ImageProviderSettings.Provider.TOGETHER,
                wm.baseUrl() + "/v1", ProviderStubs.KEY, "acme/new-model", true, null)))
                .anySatisfy(w -> assertThat(w).contains("\"acme/new-model\" is not in Storyloom's table", "safe defaults"))
                .anySatisfy(w -> assertThat(w).contains("takes no reference picture"));
        JsonNode sent = JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(PATH))).getFirst().getBodyAsString());
        assertThat(sent.has("steps")).isFalse();
        assertThat(sent.has("image_url")).isFalse();
        assertThat(sent.get("prompt").asString()).hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    void aPictureUrlOnTheProvidersHostIsDownloadedWithoutTheKey() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImageUrl(wm.baseUrl() + "/files/page-1.png"))));
        wm.stubFor(get(urlEqualTo("/files/page-1.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(PNG)));

        assertThat(model(false).draw(page(null)).bytes()).isEqualTo(PNG);
        wm.verify(getRequestedFor(urlEqualTo("/files/page-1.png")).withoutHeader("Authorization"));
    }

    @Test
    void aPictureUrlElsewhereIsNeverFetched() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImageUrl("https://images.example.net/page-1.png"))));

        var failure = catchThrowableOfType(ProviderException.class, () -> model(false).draw(page(null)));

        assertThat(failure.reason()).isEqualTo(Reason.BAD_ANSWER);
        assertThat(failure.getMessage()).contains("STORYLOOM_IMAGE_DOWNLOAD_HOSTS");
        wm.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void bytesThatAreNotAPictureAreRefused() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(
                "<html>not a picture at all</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        var failure = catchThrowableOfType(ProviderException.class, () -> model(false).draw(page(null)));

        assertThat(failure.reason()).isEqualTo(Reason.BAD_ANSWER);
        assertThat(failure.getMessage()).contains("not a picture");
    }

    @Test
    void theSafetyCheckerFailsThePictureAtOnce() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(422).withBody(ProviderStubs.error(
                "Image generation failed: NSFW content detected", "invalid_request_error", null))));

        var failure = catchThrowableOfType(ProviderException.class, () -> model(false).draw(page(null)));

        assertThat(failure.reason()).isEqualTo(Reason.SAFETY);
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aWithdrawnModelFailsCleanlyNamingIt() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404).withBody(ProviderStubs.error(
                "Unable to access model black-forest-labs/FLUX.1-schnell. Please visit https://api.together.ai/models",
                "invalid_request_error", "model_not_available"))));

        var failure = catchThrowableOfType(ProviderException.class, () -> model(false).draw(page(null)));

        assertThat(failure.reason()).isEqualTo(Reason.UNKNOWN_MODEL);
        assertThat(failure.getMessage()).contains("\"black-forest-labs/FLUX.1-schnell\"", "STORYLOOM_IMAGE_MODEL");
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @CsvSource({"1024, 1024", "1000, 1000", "700, 704", "240, 256", "100, 256", "4000, 1920"})
    void sizesAreMultiplesOfEightWithinTogethersRange(int asked, int sent) {
        assertThat(KnownImageModels.of("together", "black-forest-labs/FLUX.1-schnell").side(asked)).isEqualTo(sent);
    }
}
