package io.storyloom.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names the category of a sentence the review refuses ({@code resources/safety/category-head.txt}): a softmax
 * regression over the categories on the sentence embedding, one row of weights per category. It decides nothing
 * about whether a sentence is refused, only what the refusal tells the parent, and so which suggestion follows.
 * The nearest harmful exemplar named it before, and named a different category than the writer of a blind idea had
 * meant more often than the head does (see the README, Safety). Trained by {@code bench/safety/train-category-head}
 * ({@link CategoryHeadTraining}).
 */
record CategoryHead(Map<ContentCategory, float[]> weights, Map<ContentCategory, Double> biases) {

    static final String PATH = "safety/category-head.txt";

    /** The most likely category of a sentence, from its unit-length embedding. */
    ContentCategory name(float[] unit) {
        ContentCategory best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (var row : weights.entrySet()) {
            double score = biases.get(row.getKey());
            float[] w = row.getValue();
            for (int i = 0; i < w.length; i++) {
                score += w[i] * unit[i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = row.getKey();
            }
        }
        return best;
    }

    /** The head on the class path; empty when there is none (the nearest exemplar then names the category). */
    static Optional<CategoryHead> load() {
        return ClasspathText.read(PATH, CategoryHead::parse);
    }

    /** Lines {@code <category key>=<bias>,<weight>,...}; '#' starts a comment. Every category must have one. */
    static CategoryHead parse(BufferedReader reader) throws IOException {
        Map<ContentCategory, float[]> weights = new EnumMap<>(ContentCategory.class);
        Map<ContentCategory, Double> biases = new EnumMap<>(ContentCategory.class);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            ContentCategory category = ContentCategory.ofKey(line.substring(0, equals));
            String[] values = line.substring(equals + 1).split(",");
            float[] row = new float[values.length - 1];
            for (int i = 1; i < values.length; i++) {
                row[i - 1] = Float.parseFloat(values[i]);
            }
            biases.put(category, Double.parseDouble(values[0]));
            weights.put(category, row);
        }
        if (weights.size() != ContentCategory.values().length) {
            throw new IllegalStateException("Category head incomplete (needs a line per category): " + PATH);
        }
        return new CategoryHead(weights, biases);
    }
}
