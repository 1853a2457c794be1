package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * A logistic-regression head on the sentence embeddings ({@code resources/safety/head.txt}): the
 * probability that a sentence is harmful, whatever the category. Trained by {@code bench/safety/train-head}
 * ({@link HeadTraining}) on the exemplars and the tuning split of the evaluation set. Where the nearest
 * exemplars judge one sentence against a few others, the head weighs every dimension of the embedding
 * against all of them, so it catches harmful ideas far from any one exemplar ("the kids swap pills at
 * the party") that the exemplar comparison lets through.
 */
record HarmfulnessHead(float[] weights, double bias) {

    static final String PATH = "safety/head.txt";

    /** The probability that the sentence (its unit-length embedding) is harmful. */
    double probability(float[] unit) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * unit[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The head on the class path; empty when there is none (the exemplar comparison then decides alone). */
    static Optional<HarmfulnessHead> load() {
        return load(PATH);
    }

    /** A head at another place on the class path (the {@link MeaningHead}'s); empty when there is none. */
    static Optional<HarmfulnessHead> load(String path) {
        return ClasspathText.read(path, HarmfulnessHead::parse);
    }

    /** Writes the lines {@link #parse} reads: {@code bias=} and {@code weights=}. */
    void write(PrintWriter out) {
        out.println("bias=" + bias);
        var line = new StringBuilder();
        for (float value : weights) {
            line.append(line.isEmpty() ? "" : ",").append(value);
        }
        out.println("weights=" + line);
    }

    static HarmfulnessHead parse(BufferedReader reader) throws IOException {
        Double bias = null;
        float[] weights = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("bias=")) {
                bias = Double.parseDouble(line.substring("bias=".length()));
            } else if (line.startsWith("weights=")) {
                String[] values = line.substring("weights=".length()).split(",");
                weights = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    weights[i] = Float.parseFloat(values[i]);
                }
            }
        }
        if (bias == null || weights == null) {
            throw new IllegalStateException("Safety head incomplete (needs bias= and weights=)");
        }
        return new HarmfulnessHead(weights, bias);
    }
}
