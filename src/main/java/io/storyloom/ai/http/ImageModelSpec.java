package io.storyloom.ai.http;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What one image model accepts, from {@code resources/ai/image-models.json}: a list of sizes (OpenAI) or
 * free width and height within bounds (Together), a range of diffusion steps, the longest prompt, and how
 * it takes a reference picture, if at all.
 *
 * @param id           the model id, e.g. {@code dall-e-3}; blank for the safe defaults of an unknown model
 * @param provider     {@code openai} or {@code together}
 * @param sizes        the sizes the model takes, e.g. {@code 1024x1024} (or {@code auto}); empty when width and
 *                     height are free
 * @param minSide      the smallest free width or height
 * @param maxSide      the largest free width or height
 * @param multipleOf   free widths and heights are multiples of this
 * @param minSteps     fewest diffusion steps; 0 when the model takes no steps
 * @param maxSteps     most diffusion steps
 * @param defaultSteps steps sent when none are configured; 0 to send none (the provider's own default)
 * @param promptLimit  the longest prompt, in characters
 * @param reference    how a reference picture is sent: not at all, as {@code image_url} or through the edits endpoint
 */
public record ImageModelSpec(
        String id,
        String provider,
        List<String> sizes,
        int minSide,
        int maxSide,
        int multipleOf,
        int minSteps,
        int maxSteps,
        int defaultSteps,
        int promptLimit,
        Reference reference) {

    public enum Reference {
        NONE, IMAGE_URL, EDITS;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Reference of(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    public ImageModelSpec {
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        multipleOf = Math.max(1, multipleOf);
        reference = reference == null ? Reference.NONE : reference;
    }

    /** True for the safe defaults of a model Storyloom does not know. */
    public boolean unknown() {
        return id == null || id.isBlank();
    }

    public boolean allowsSize(String size) {
        return sizes.contains(size == null ? "" : size.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The listed size nearest the requested shape: the closest aspect ratio, then the closest area
     * (both compared on a log scale, so twice too wide weighs as much as twice too narrow).
     */
    public String nearestSize(int width, int height) {
        double aspect = Math.log((double) Math.max(1, width) / Math.max(1, height));
        double area = Math.log((double) Math.max(1, width) * Math.max(1, height));
        return sizes.stream().filter(s -> s.matches("\\d+x\\d+")).min(Comparator
                .comparingDouble((String s) -> Math.round(Math.abs(aspectOf(s) - aspect) * 1000) / 1000.0)
                .thenComparingDouble(s -> Math.abs(areaOf(s) - area))).orElse(width + "x" + height);
    }

    /** A free width or height: rounded to the nearest allowed multiple, within bounds. */
    public int side(int pixels) {
        int low = roundUp(minSide);
        int high = maxSide - maxSide % multipleOf;
        return (int) Math.clamp(Math.round((double) pixels / multipleOf) * (long) multipleOf, low, high);
    }

    /** The steps to send: the configured ones within range, else the model's default; {@code null} for none. */
    public Integer steps(Integer configured) {
        if (maxSteps == 0) {
            return null;
        }
        int steps = configured != null ? configured : defaultSteps;
        return steps <= 0 ? null : Math.clamp(steps, Math.max(1, minSteps), maxSteps);
    }

    /** A prompt cut to the limit, at a word boundary where there is one near. */
    public String fit(String prompt) {
        if (prompt == null || prompt.length() <= promptLimit) {
            return prompt;
        }
        int cut = prompt.lastIndexOf(' ', promptLimit);
        return prompt.substring(0, cut > promptLimit * 0.9 ? cut : promptLimit).strip();
    }

    private int roundUp(int pixels) {
        return (pixels + multipleOf - 1) / multipleOf * multipleOf;
    }

    private static double aspectOf(String size) {
        String[] wh = size.split("x");
        return Math.log(Double.parseDouble(wh[0]) / Double.parseDouble(wh[1]));
    }

    private static double areaOf(String size) {
        String[] wh = size.split("x");
        return Math.log(Double.parseDouble(wh[0]) * Double.parseDouble(wh[1]));
    }
}
