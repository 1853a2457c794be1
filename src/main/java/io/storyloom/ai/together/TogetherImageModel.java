package io.storyloom.ai.together;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.http.ImageModelSpec;
import io.storyloom.ai.http.ImageProviderSettings;
import io.storyloom.ai.http.ImagesAnswer;
import io.storyloom.ai.http.ProviderClient;
import io.storyloom.ai.http.ProviderImageModel;
import io.storyloom.ai.http.ReferencePictures;

/**
 * Together's image models (FLUX.1-schnell by default), within the limits of the model's entry in the table
 * of known models: width and height rounded into its bounds, steps within its range, the prompt within its
 * limit. Pictures come back inline as base64; should an answer carry a URL instead, it is downloaded only
 * from Together's own hosts. With {@code storyloom.image.reference-images} on, a model that takes one
 * (FLUX.1 Kontext) is sent the character reference picture as {@code image_url}: a short-lived link
 * Together can fetch, or a data URL (see {@link ReferencePictures}).
 */
public final class TogetherImageModel extends ProviderImageModel {

    private final ReferencePictures references;

    public TogetherImageModel(ProviderClient client, ImageProviderSettings settings, ReferencePictures references) {
        super(client, settings);
        this.references = references;
    }

    @Override
    public GeneratedImage draw(ImageRequest request) {
        String model = client.endpoint().model();
        var body = new TogetherImageRequest(model, spec.fit(request.prompt()), spec.side(request.width()),
                spec.side(request.height()), spec.steps(settings.steps()), 1,
                // Image models take 32-bit seeds; the low bits keep pictures just as reproducible.
                request.seed() & Integer.MAX_VALUE,
                "base64", settings.outputFormat().wire(), referenceOf(request));
        ProviderClient calls = client.forTenant(request.tenant()); // pictures share the rate fairly between tenants
        var answer = calls.postCounted("/images/generations", body, ImagesAnswer.class, "image " + request.purpose());
        return picture(answer, calls, model);
    }

    private String referenceOf(ImageRequest request) {
        if (!settings.referenceImages() || spec.reference() != ImageModelSpec.Reference.IMAGE_URL
                || request.referenceImage() == null) {
            return null;
        }
        return references.urlOf(request.referenceKey(), request.referenceImage());
    }
}
