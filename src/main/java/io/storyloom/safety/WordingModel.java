package io.storyloom.safety;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A logistic regression on the wording of a sentence ({@link WordingFeatures}): the probability that it is
 * harmful, learnt by {@code bench/safety/train-wording} ({@link WordingTraining}) from every labelled idea the
 * review may be tuned on, the exemplars and the offline writer's story texts. The sentence-embedding model
 * judges meaning from a few hundred exemplars; this one has read thousands of labelled ideas, and weighs
 * which words and word parts come with harm and which with a harmless story about a hard subject, in the
 * four languages and the English glosses.
 */
record WordingModel(float[] idf, float[] weights, double bias, String input) {

    static final String PATH = "safety/wording.bin.gz";
    static final int MAGIC = 0x534c5744; // "SLWD"

    /** The probability that the text (a normalised sentence, with its English gloss after it) is harmful. */
    double probability(String text) {
        double z = bias + WordingFeatures.vector(text, idf).dot(weights);
        return 1 / (1 + Math.exp(-z));
    }

    /** The model on the class path; empty when there is none (the embedding comparison then decides alone). */
    static Optional<WordingModel> load() {
        try (InputStream in = WordingModel.class.getClassLoader().getResourceAsStream(PATH)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Safety wording model unreadable: " + PATH, e);
        }
    }

    /** Reads the model: magic, the digest of what it learnt from, the bias, then (place, idf, weight) triples. */
    static WordingModel read(InputStream stream) throws IOException {
        try (var in = new DataInputStream(new GZIPInputStream(stream))) {
            return readFrom(in);
        }
    }

    private static WordingModel readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a wording model: " + PATH);
        }
        String input = in.readUTF();
        double bias = in.readDouble();
        int count = in.readInt();
        float[] idf = new float[WordingFeatures.BUCKETS];
        float[] weights = new float[WordingFeatures.BUCKETS];
        for (int i = 0; i < count; i++) {
            int place = in.readInt();
            idf[place] = in.readFloat();
            weights[place] = in.readFloat();
        }
        return new WordingModel(idf, weights, bias, input);
    }
}
