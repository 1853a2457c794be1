package io.storyloom.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The semantic classifier's calibrated cut-offs ({@code resources/safety/calibration.properties}), set
 * with {@code bench/safety} on the tuning split of the evaluation set: a sentence is refused when its
 * {@code neighbours} nearest exemplars of one harmful category are on average at least
 * {@code threshold} alike (cosine), or the {@link HarmfulnessHead} gives it a probability of at least
 * {@code headThreshold} (above 1: the head is not used), and in either case it is nearer those exemplars
 * than its {@code neighbours} nearest harmless exemplars by at least {@code margin}. A sentence the head is
 * very sure of, at least {@code strongHead}, is refused when it is nearer by at least the looser
 * {@code strongHeadMargin} (a {@code strongHead} above 1: no such tier). The {@link WordingModel} refuses a
 * sentence the exemplars pass at a probability of at least {@code wordingThreshold} (above 1: never), and passes
 * one they refuse below {@code wordingVeto} (0: never).
 */
record Calibration(double threshold, double margin, int neighbours, double headThreshold, double strongHead,
        double strongHeadMargin, double wordingThreshold, double wordingVeto) {

    /** A calibration without the wording model's say (tests and variants of the exemplar rule). */
    Calibration(double threshold, double margin, int neighbours, double headThreshold, double strongHead,
            double strongHeadMargin) {
        this(threshold, margin, neighbours, headThreshold, strongHead, strongHeadMargin, 2, 0);
    }

    Calibration {
        if (neighbours < 1) {
            throw new IllegalArgumentException("Safety calibration: neighbours must be at least 1");
        }
    }


    private static final String PATH = "safety/calibration.properties";

    static Calibration load() {
        var properties = new Properties();
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("Safety calibration missing: " + PATH);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Safety calibration unreadable: " + PATH, e);
        }
        return new Calibration(Double.parseDouble(properties.getProperty("threshold")),
                Double.parseDouble(properties.getProperty("margin")),
                Integer.parseInt(properties.getProperty("neighbours", "1")),
                Double.parseDouble(properties.getProperty("head-threshold", "2")),
                Double.parseDouble(properties.getProperty("head-strong", "2")),
                Double.parseDouble(properties.getProperty("head-strong-margin", properties.getProperty("margin"))),
                Double.parseDouble(properties.getProperty("wording-threshold", "2")),
                Double.parseDouble(properties.getProperty("wording-veto", "0")));
    }
}
