package io.storyloom.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The semantic classifier's calibrated cut-offs ({@code resources/safety/calibration.properties}), set
 * with {@code bench/safety} on the tuning split of the evaluation set: a sentence is refused when its
 * nearest harmful exemplar is at least {@code threshold} alike (cosine) and nearer than the nearest
 * harmless exemplar by at least {@code margin}.
 */
record Calibration(double threshold, double margin) {

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
                Double.parseDouble(properties.getProperty("margin")));
    }
}
