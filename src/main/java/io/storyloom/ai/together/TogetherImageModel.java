package io.storyloom.ai.together;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.ImageAnswers;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ImagesAnswer;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.media.MediaTypes;
import java.util.Base64;

/**
 * Together's image models (FLUX.1-schnell by default). Pictures come back inline as base64; should an
 * answer carry a URL instead, it is downloaded only from Together's own hosts. With
 * {@code storyloom.image.reference-images} on, each page is sent the character reference picture as
 * {@code image_url} (a data URL), which FLUX.1 Kontext models use to keep the characters alike.
 */
public final class TogetherImageModel implements ImageModel {

    static final int MIN_SIZE = 256;
    static final int MAX_SIZE = 1920;

    private final ProviderClient client;
    private final ImageProviderSettings settings;

    public TogetherImageModel(ProviderClient client, ImageProviderSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public GeneratedImage draw(ImageRequest request) {
        String model = client.endpoint().model();
        var body = new TogetherImageRequest(model, request.prompt(), dimension(request.width()),
                dimension(request.height()), settings.steps(), 1,
                // Image models take 32-bit seeds; the low bits keep pictures just as reproducible.
                request.seed() & Integer.MAX_VALUE,
                "base64", settings.outputFormat().wire(), referenceOf(request));
        ProviderClient calls = client.forTenant(request.tenant()); // pictures share the rate fairly between tenants
        ImagesAnswer answer = calls.post("/images/generations", body, ImagesAnswer.class,
                "image " + request.purpose());
        return ImageAnswers.read(answer, calls, model, settings.allowedDownloadHosts(), settings::allowsScheme);
    }

    /** Together takes 256 to 1920 pixels in multiples of 8. */
    static int dimension(int pixels) {
        return Math.clamp(Math.round(pixels / 8.0f) * 8L, MIN_SIZE, MAX_SIZE);
    }

    private String referenceOf(ImageRequest request) {
        if (!settings.referenceImages() || request.referenceImage() == null) {
            return null;
        }
        String type = MediaTypes.imageTypeOf(request.referenceImage()).orElse(MediaTypes.PNG);
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(request.referenceImage());
    }
}
