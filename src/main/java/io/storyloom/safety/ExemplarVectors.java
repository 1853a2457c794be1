package io.storyloom.safety;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The exemplars' sentence embeddings, computed once and stored next to them
 * ({@code resources/safety/exemplars.vectors}), so loading the classifier does not embed several
 * hundred sentences: on a busy 2-core machine that took longer than a review may wait for it. The
 * file names the SHA-256 of the exemplar lines it was made from; when they differ (the exemplars were
 * edited and the file not remade) the classifier embeds them at load instead, and says so in the log.
 * Remake it with {@code bench/safety/embed-exemplars}. Half precision: the similarities move by about
 * 0.001, far below the calibrated margins.
 */
final class ExemplarVectors {

    static final String PATH = "safety/exemplars.vectors";
    private static final int MAGIC = 0x534c4556; // "SLEV"

    private ExemplarVectors() {
    }

    /** The stored vectors for these exemplar lines, in their order, if the file was made from them. */
    static Optional<float[][]> stored(List<String> lines) {
        try (InputStream raw = ExemplarVectors.class.getClassLoader().getResourceAsStream(PATH)) {
            if (raw == null) {
                return Optional.empty();
            }
            var in = new DataInputStream(raw);
            byte[] digest = new byte[32];
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            in.readFully(digest);
            if (!Arrays.equals(digest, digest(lines))) {
                return Optional.empty();
            }
            int count = in.readInt();
            int dimension = in.readInt();
            float[][] vectors = new float[count][dimension];
            for (float[] vector : vectors) {
                for (int d = 0; d < dimension; d++) {
                    vector[d] = Float.float16ToFloat(in.readShort());
                }
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("Safety exemplar vectors unreadable: " + PATH, e);
        }
    }

    static void write(List<String> lines, float[][] vectors, OutputStream target) throws IOException {
        var out = new DataOutputStream(target);
        out.writeInt(MAGIC);
        out.write(digest(lines));
        out.writeInt(vectors.length);
        out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
        for (float[] vector : vectors) {
            for (float x : vector) {
                out.writeShort(Float.floatToFloat16(x));
            }
        }
        out.flush();
    }

    /** The lines in the order the classifier embeds them: the harmful ones, then the harmless ones. */
    static List<String> lines(Exemplars exemplars) {
        return java.util.stream.Stream.concat(exemplars.harmful().stream().map(Exemplars.Exemplar::text),
                exemplars.harmless().stream()).toList();
    }

    static byte[] digest(List<String> lines) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remakes the file from the exemplars on the class path: {@code bench/safety/embed-exemplars}. */
    public static void main(String[] args) throws Exception {
        List<String> lines = lines(Exemplars.load());
        EmbeddingModel model = new SentenceEmbedder();
        float[][] vectors = lines.stream().map(line -> model.embed(line).content().vector()).toArray(float[][]::new);
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + PATH);
        try (OutputStream out = Files.newOutputStream(target)) {
            write(lines, vectors, out);
        }
        System.out.printf("%d exemplar vectors written to %s (%s)%n", vectors.length, target,
                HexFormat.of().formatHex(digest(lines)).substring(0, 12));
    }
}
