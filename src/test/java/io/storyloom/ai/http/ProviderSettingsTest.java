package io.storyloom.ai.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.storyloom.ai.http.TextProviderSettings.Provider;
import io.storyloom.ai.http.TextProviderSettings.StructuredOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each provider's defaults, and a clear refusal when something it needs is missing. */
class ProviderSettingsTest {

    private static TextProviderSettings text(Provider provider, String baseUrl, String key, String model) {
        return new TextProviderSettings(provider, baseUrl, key, model, 0.8, StructuredOutput.JSON_SCHEMA, 4,
                java.time.Duration.ofMinutes(8));
    }

    private static ImageProviderSettings image(ImageProviderSettings.Provider provider, String key) {
        return ProviderStubs.imageSettings(provider, null, key, null, false, null);
    }

    @Test
    void togetherAndOpenAiHaveDefaultsForEverythingButTheKey() {
        var together = text(Provider.TOGETHER, null, "k", null).endpoint();
        assertThat(together.baseUrl()).hasToString("https://api.together.xyz/v1");
        assertThat(together.model()).isEqualTo("meta-llama/Llama-3.3-70B-Instruct-Turbo");

        var openAi = text(Provider.OPENAI, " ", "k", "").endpoint();
        assertThat(openAi.baseUrl()).hasToString("https://api.openai.com/v1");
        assertThat(openAi.model()).isEqualTo("gpt-4.1-mini");

        assertThat(image(ImageProviderSettings.Provider.TOGETHER, "k").endpoint().model())
                .isEqualTo("black-forest-labs/FLUX.1-schnell");
        assertThat(image(ImageProviderSettings.Provider.OPENAI, "k").endpoint().model()).isEqualTo("gpt-image-1");
    }

    @Test
    void aRealProviderWithoutAKeyNamesTheVariableToSet() {
        var missing = catchThrowableOfType(MissingProviderSetting.class, () -> text(Provider.TOGETHER, null, " ", null).endpoint());
        assertThat(missing.variable()).isEqualTo("STORYLOOM_TEXT_API_KEY");
        assertThat(missing.getMessage()).contains("storyloom.text.provider is together", "STORYLOOM_TEXT_API_KEY");

        var image = catchThrowableOfType(MissingProviderSetting.class,
                () -> image(ImageProviderSettings.Provider.OPENAI, null).endpoint());
        assertThat(image.variable()).isEqualTo("STORYLOOM_IMAGE_API_KEY");
    }

    @Test
    void aLocalServerNeedsItsUrlAndModelButNoKey() {
        assertThat(catchThrowableOfType(MissingProviderSetting.class,
                () -> text(Provider.OPENAI_COMPATIBLE, null, null, "llama3.1:8b").endpoint()).variable())
                .isEqualTo("STORYLOOM_TEXT_BASE_URL");
        assertThat(catchThrowableOfType(MissingProviderSetting.class,
                () -> text(Provider.OPENAI_COMPATIBLE, "http://localhost:11434/v1", null, null).endpoint()).variable())
                .isEqualTo("STORYLOOM_TEXT_MODEL");
        assertThat(catchThrowableOfType(MissingProviderSetting.class,
                () -> text(Provider.OPENAI_COMPATIBLE, "localhost:11434", null, "m").endpoint()).variable())
                .isEqualTo("STORYLOOM_TEXT_BASE_URL");

        var ollama = text(Provider.OPENAI_COMPATIBLE, "http://localhost:11434/v1", null, "llama3.1:8b").endpoint();
        assertThat(ollama.hasKey()).isFalse();
        assertThat(ollama.resolve("/chat/completions")).hasToString("http://localhost:11434/v1/chat/completions");
    }

    @Test
    void nothingHoldingAKeyShowsIt() {
        var settings = text(Provider.TOGETHER, null, ProviderStubs.KEY, null);

        assertThat(settings.toString()).doesNotContain(ProviderStubs.KEY).contains("apiKey=(set)");
        assertThat(settings.endpoint().toString()).doesNotContain(ProviderStubs.KEY);
        assertThat(image(ImageProviderSettings.Provider.TOGETHER, ProviderStubs.KEY).toString())
                .doesNotContain(ProviderStubs.KEY);
    }

    @Test
    void aPasswordOrKeyInTheBaseUrlIsNeverShownButStillUsed() {
        String url = "https://sam:pa55-SECRET@gw.example.com/v1?api-version=2024-06-01&key=KEY-SECRET";
        var settings = text(Provider.OPENAI_COMPATIBLE, url, null, "m");
        var endpoint = settings.endpoint();

        assertThat(endpoint.resolve("/chat/completions")).hasToString(
                "https://sam:pa55-SECRET@gw.example.com/v1/chat/completions?api-version=2024-06-01&key=KEY-SECRET");
        assertThat(endpoint.safeBaseUrl()).isEqualTo("https://***@gw.example.com/v1?api-version=2024-06-01&key=***");
        for (String shown : List.of(settings.toString(), endpoint.toString(),
                catchThrowableOfType(MissingProviderSetting.class, () -> text(Provider.OPENAI_COMPATIBLE,
                        "ftp://sam:pa55-SECRET@gw.example.com/?key=KEY-SECRET", null, "m").endpoint()).getMessage())) {
            assertThat(shown).doesNotContain("pa55-SECRET", "KEY-SECRET");
        }
    }

    @Test
    void picturesMayComeOnlyFromTheProvidersHosts() {
        assertThat(image(ImageProviderSettings.Provider.TOGETHER, "k").allowedDownloadHosts())
                .containsExactly("api.together.xyz", "api.together.ai");
        assertThat(image(ImageProviderSettings.Provider.OPENAI, "k").allowedDownloadHosts()).containsExactly("api.openai.com");
    }

    @Test
    void aNegativeTemperatureIsLeftToTheModel() {
        assertThat(new TextProviderSettings(Provider.OPENAI, null, "k", null, -1, StructuredOutput.JSON_SCHEMA, 4,
                java.time.Duration.ofMinutes(8))
                .temperatureToSend()).isNull();
    }
}
