package io.storyloom.ai.http;

import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageModel;

/**
 * What every image model reached over HTTP shares: its client, its settings, the limits of the configured
 * model from the table of known models, and reading an images answer.
 */
public abstract class ProviderImageModel implements ImageModel {

    protected final ProviderClient client;
    protected final ImageProviderSettings settings;
    protected final ImageModelSpec spec;

    protected ProviderImageModel(ProviderClient client, ImageProviderSettings settings) {
        this.client = client;
        this.settings = settings;
        this.spec = settings.spec();
    }

    @Override
    public String modelId() {
        return client.endpoint().model();
    }

    @Override
    public int promptLimit() {
        return spec.promptLimit();
    }

    /** The picture in an answer, downloaded only from allowed hosts; attempts that timed out counted too. */
    protected GeneratedImage picture(ProviderClient.Answered<ImagesAnswer> answer, ProviderClient calls, String model) {
        return ImageAnswers.read(answer.answer(), calls, model, settings.allowedDownloadHosts(), settings::allowsScheme)
                .afterUnanswered(answer.timedOutAttempts());
    }
}
