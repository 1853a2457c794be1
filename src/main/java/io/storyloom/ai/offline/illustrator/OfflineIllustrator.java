package io.storyloom.ai.offline.illustrator;

import io.storyloom.ai.CpuBoundWork;
import io.storyloom.ai.GeneratedImage;
import io.storyloom.ai.ImageModel;
import io.storyloom.ai.ImageRequest;
import io.storyloom.ai.SceneSketch;
import io.storyloom.ai.offline.SimulatedLatency;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An image model that needs no network: it paints picture-book illustrations procedurally from the
 * request's {@link SceneSketch} with Java2D. The same request always gives the same PNG bytes; the
 * same character looks the same on every page. Safe to call from many threads at once.
 *
 * <p>Used when no real image API is configured, in demos and in tests. Not a Spring bean on purpose:
 * configuration decides when to use it.
 */
public final class OfflineIllustrator implements ImageModel {

    public static final String MODEL = "storyloom-offline-illustrator";
    private static final int MIN_SIZE = 64;
    private static final int MAX_SIZE = 2048;

    /** Painting runs there, not on the caller's virtual thread (see {@link CpuBoundWork}). */
    private static final CpuBoundWork PAINTERS = CpuBoundWork.inBackground("offline-painter-");

    private static final SceneSketch EMPTY_SKETCH =
            new SceneSketch(null, List.of(), null, null, null, null, List.of(), List.of(), null);

    static {
        // Java2D must not look for a display on a server; respect an explicit setting if there is one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final SimulatedLatency latency;

    /**
     * @param simulatedLatency how long each call takes, drawing included, to behave like a real API in
     *                         demos and benchmarks; zero for no wait
     */
    public OfflineIllustrator(Duration simulatedLatency) {
        this.latency = new SimulatedLatency(Objects.requireNonNull(simulatedLatency, "simulatedLatency"));
    }

    @Override
    public String modelId() {
        return MODEL;
    }

    @Override
    public GeneratedImage draw(ImageRequest request) {
        Objects.requireNonNull(request, "request");
        return latency.call(MODEL, () -> PAINTERS.run(MODEL,
                () -> new GeneratedImage(PngEncoder.encode(render(request)), "image/png", MODEL)));
    }

    /** The picture as pixels, before encoding. */
    private static BufferedImage render(ImageRequest request) {
        int width = Math.clamp(request.width(), MIN_SIZE, MAX_SIZE);
        int height = Math.clamp(request.height(), MIN_SIZE, MAX_SIZE);
        SceneSketch sketch = request.offlineSketch() == null ? EMPTY_SKETCH : request.offlineSketch();
        PaintStyle style = PaintStyle.fromId(sketch.artStyle());
        ImageRequest.Purpose purpose = request.purpose() == null ? ImageRequest.Purpose.PAGE : request.purpose();
        long seed = request.seed();
        Canvas.Painter painter = switch (purpose) {
            case CHARACTER_REFERENCE -> new CharacterSheet(sketch)::paint;
            case STYLE_PREVIEW -> new PageScene(sketch, seed, true)::paint;
            case PAGE -> new PageScene(sketch, seed, false)::paint;
        };
        BufferedImage image = Canvas.draw(width, height, style, seed, painter);
        StyleFinish.apply(image, style);
        return image;
    }
}
