package io.storyloom.ai.openai;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.ImageModelSpec;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ImagesAnswer;
import io.storyloom.ai.http.MultipartBody;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderImageModel;
import io.storyloom.media.MediaTypes;

/**
 * OpenAI's image models ({@code gpt-image-1} by default, {@code dall-e-3}, {@code dall-e-2}), within the limits of
 * the model's entry in the table of known models. OpenAI takes a {@code size} from a short list per model rather
 * than free width and height, so the page's shape picks the model's nearest one unless
 * {@code storyloom.image.size} names one the model takes; prompts are kept within the model's limit. With
 * {@code storyloom.image.reference-images} on, a model that takes a reference picture (gpt-image-1) draws each
 * page through {@code /images/edits} with the character reference picture as its input image, so the
 * characters stay alike from page to page.
 */
public final class OpenAiImageModel extends ProviderImageModel {

    public OpenAiImageModel(ProviderClient client, ImageProviderSettings settings) {
        super(client, settings);
    }

    @Override
    public GeneratedImage draw(ImageRequest request) {
        String model = client.endpoint().model();
        // gpt-image models always answer inline and refuse response_format; DALL·E models need it to.
        String format = model.toLowerCase(java.util.Locale.ROOT).startsWith("dall-e") ? "b64_json" : null;
        String prompt = spec.fit(request.prompt());
        ProviderClient calls = client.forTenant(request.tenant()); // pictures share the rate fairly between tenants
        ProviderClient.Answered<ImagesAnswer> answer;
        if (withReference(request)) {
            byte[] reference = request.referenceImage();
            String type = MediaTypes.imageTypeOf(reference).orElse(MediaTypes.PNG);
            var body = new MultipartBody().field("model", model).field("prompt", prompt).field("n", "1")
                    .field("size", size(request)).field("response_format", format)
                    .file("image", "reference." + MediaTypes.extension(type), type, reference);
            answer = calls.postMultipart("/images/edits", body, ImagesAnswer.class, "image edit " + request.purpose());
        } else {
            var body = new ImagesRequest(model, prompt, 1, size(request), format);
            answer = calls.postCounted("/images/generations", body, ImagesAnswer.class, "image " + request.purpose());
        }
        return picture(answer, calls, model);
    }

    private boolean withReference(ImageRequest request) {
        return settings.referenceImages() && spec.reference() == ImageModelSpec.Reference.EDITS
                && request.referenceImage() != null && request.purpose() == ImageRequest.Purpose.PAGE;
    }

    /** The configured size when the model takes it (or the model is unknown), else the model's nearest. */
    String size(ImageRequest request) {
        String configured = settings.size() == null ? "" : settings.size().strip();
        if (!configured.isEmpty() && (spec.unknown() || spec.allowsSize(configured))) {
            return configured;
        }
        return spec.nearestSize(request.width(), request.height());
    }
}
