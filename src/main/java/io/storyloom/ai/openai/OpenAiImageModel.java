package io.storyloom.ai.openai;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.ImageAnswers;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ImagesAnswer;
import io.storyloom.ai.http.ProviderClient;
import java.util.Locale;

/**
 * OpenAI's image model ({@code gpt-image-1} by default). OpenAI takes a {@code size} from a short list
 * rather than free width and height, so the page's shape picks the nearest one unless
 * {@code storyloom.image.size} says otherwise. The character reference picture is not sent: that needs
 * OpenAI's edits endpoint, which this adapter does not use.
 */
public final class OpenAiImageModel implements ImageModel {

    private final ProviderClient client;
    private final ImageProviderSettings settings;

    public OpenAiImageModel(ProviderClient client, ImageProviderSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public GeneratedImage draw(ImageRequest request) {
        String model = client.endpoint().model();
        boolean dallE = model.toLowerCase(Locale.ROOT).startsWith("dall-e");
        var body = new ImagesRequest(model, request.prompt(), 1, size(request), dallE ? "b64_json" : null);
        ProviderClient calls = client.forTenant(request.tenant()); // pictures share the rate fairly between tenants
        ImagesAnswer answer = calls.post("/images/generations", body, ImagesAnswer.class,
                "image " + request.purpose());
        return ImageAnswers.read(answer, calls, model, settings.allowedDownloadHosts(), settings::allowsScheme);
    }

    String size(ImageRequest request) {
        if (settings.size() != null && !settings.size().isBlank()) {
            return settings.size().strip();
        }
        if (request.width() * 5 > request.height() * 6) {
            return "1536x1024";
        }
        return request.height() * 5 > request.width() * 6 ? "1024x1536" : "1024x1024";
    }
}
