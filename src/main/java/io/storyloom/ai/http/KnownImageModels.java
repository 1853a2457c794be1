package io.storyloom.ai.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The table of image models Storyloom knows ({@code resources/ai/image-models.json}), and the safe
 * defaults a model not in it falls back to: the smallest prompt limit, a square picture, no reference.
 */
public final class KnownImageModels {

    private static final Table TABLE = load();

    private KnownImageModels() {
    }

    /** The model's entry, or the provider's safe defaults when it has none (see {@link ImageModelSpec#unknown()}). */
    public static ImageModelSpec of(String provider, String model) {
        String wanted = model == null ? "" : model.strip();
        return TABLE.models().stream()
                .filter(m -> m.provider().equals(provider) && m.id().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseGet(() -> TABLE.unknown().stream().filter(m -> m.provider().equals(provider)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No defaults for image provider " + provider)));
    }

    /** Every known model, for tests and documentation. */
    public static List<ImageModelSpec> all() {
        return TABLE.models();
    }

    /** What is worth a warning at start-up about the configured image model and its settings. */
    public static List<String> warnings(ImageProviderSettings settings) {
        ImageModelSpec spec = settings.spec();
        String model = settings.endpoint().model();
        var warnings = new java.util.ArrayList<String>();
        if (spec.unknown()) {
            warnings.add(unknown(spec, model));
        }
        String size = settings.size() == null ? "" : settings.size().strip();
        if (!size.isEmpty() && !spec.unknown() && !spec.allowsSize(size)) {
            warnings.add("STORYLOOM_IMAGE_SIZE " + size + " is not a size " + model + " takes ("
                    + String.join(", ", spec.sizes()) + "); the one nearest each picture's shape is used instead");
        }
        Integer steps = settings.steps();
        if (steps != null && spec.maxSteps() > 0 && !spec.unknown()
                && (steps < spec.minSteps() || steps > spec.maxSteps())) {
            warnings.add("STORYLOOM_IMAGE_STEPS " + steps + " is outside " + model + "'s range (" + spec.minSteps()
                    + " to " + spec.maxSteps() + "); " + spec.steps(steps) + " are used");
        }
        if (settings.referenceImages() && spec.reference() == ImageModelSpec.Reference.NONE) {
            warnings.add("STORYLOOM_IMAGE_REFERENCE_IMAGES is on, but " + model + " takes no reference picture "
                    + "(FLUX.1 Kontext models and gpt-image-1 do); pages are drawn from the prompt alone");
        }
        return warnings;
    }

    private static String unknown(ImageModelSpec spec, String model) {
        String sizes = spec.sizes().isEmpty() ? "free width and height" : "size " + String.join(", ", spec.sizes());
        return "The image model \"" + model + "\" is not in Storyloom's table of known models; using safe defaults ("
                + sizes + ", prompts of at most " + spec.promptLimit() + " characters, no reference picture"
                + (spec.provider().equals("together") ? ", the provider's own steps unless STORYLOOM_IMAGE_STEPS is set" : "")
                + ")";
    }

    private static Table load() {
        try (InputStream in = new ClassPathResource("ai/image-models.json").getInputStream()) {
            return ProviderJson.MAPPER.readValue(in, Table.class);
        } catch (IOException e) {
            throw new UncheckedIOException("resources/ai/image-models.json is missing", e);
        }
    }

    private record Table(List<ImageModelSpec> models, List<ImageModelSpec> unknown) {
    }
}
