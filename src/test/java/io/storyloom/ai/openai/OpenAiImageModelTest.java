package io.storyloom.ai.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.CallLimits;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderStubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenAI's image API: a size from its list, b64_json answers with created. */
class OpenAiImageModelTest {

    private static final String PATH = "/v1/images/generations";
    private static final byte[] PNG = ProviderStubs.png(48, 32);

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(ProviderStubs.server()).build();

    private OpenAiImageModel model(String size) {
        var settings = ProviderStubs.imageSettings(ImageProviderSettings.Provider.OPENAI, wm.baseUrl() + "/v1", false, size);
        var client = new ProviderClient(settings.endpoint(), ProviderStubs.http(Duration.ofSeconds(5)),
                ProviderStubs.retry(3), CallLimits.of(2, 0));
        return new OpenAiImageModel(client, settings);
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
            "1024, 768, auto, auto"})
    void theSizeFollowsThePagesShapeUnlessSet(int width, int height, String configured, String sent) {
        assertThat(model(configured).size(request(width, height))).isEqualTo(sent);
    }
}
