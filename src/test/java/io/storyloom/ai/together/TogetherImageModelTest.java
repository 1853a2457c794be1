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
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Together's image API as PROVIDERS.md has it: width/height (no size), base64, no created field. */
class TogetherImageModelTest {

    private static final String PATH = "/v1/images/generations";
    private static final byte[] PNG = ProviderStubs.png(64, 48);

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private TogetherImageModel model(boolean referenceImages) {
        var settings = ProviderStubs.imageSettings(ImageProviderSettings.Provider.TOGETHER, wm.baseUrl() + "/v1",
                referenceImages, null);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(5)),
                ProviderStubs.retry(3), CallLimits.of(settings.maxConcurrency(), settings.imagesPerMinute()));
        return new TogetherImageModel(client, settings);
    }

    private static ImageRequest page(byte[] reference) {
        return new ImageRequest(ImageRequest.Purpose.PAGE, "A watercolor picture of Mia finding a dragon egg. No text.",
                null, 1024, 768, 1234, reference);
    }

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
    void sendsTheCharacterSheetAsImageUrlForKontextModels() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));

        model(true).draw(page(PNG));

        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url",
                equalTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)))));
    }

    @Test
    void theReferenceSheetItselfIsDrawnWithoutImageUrl() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(ProviderStubs.togetherImage(PNG))));

        model(true).draw(page(null));

        wm.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.image_url", absent())));
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
        assertThat(TogetherImageModel.dimension(asked)).isEqualTo(sent);
    }
}
