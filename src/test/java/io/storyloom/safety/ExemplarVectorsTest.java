package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored exemplar embeddings the classifier loads instead of embedding every exemplar at start: they
 * must be made from the exemplars as they are now, and be what the model says for them.
 */
class ExemplarVectorsTest {

    @Test
    void theStoredVectorsWereMadeFromTheCurrentExemplarsRemakeThemWithBenchSafetyEmbedExemplars() {
        List<String> lines = ExemplarVectors.lines(Exemplars.load());

        assertThat(ExemplarVectors.stored(lines)).as("bench/safety/embed-exemplars was run after the last edit")
                .hasValueSatisfying(vectors -> assertThat(vectors.length).isEqualTo(lines.size()));
    }

    @Test
    void theStoredVectorsAreTheModelsEmbeddingsOfTheirLines() throws Exception {
        List<String> lines = ExemplarVectors.lines(Exemplars.load());
        float[][] stored = ExemplarVectors.stored(lines).orElseThrow();
        var model = new SentenceEmbedder();

        for (int i : new int[] {0, lines.size() / 2, lines.size() - 1}) {
            float[] fresh = model.embed(lines.get(i)).content().vector();
            assertThat(cosine(stored[i], fresh)).as(lines.get(i)).isGreaterThan(0.999);
        }
    }

    @Test
    void vectorsOfOtherLinesAreNotUsed() throws Exception {
        var out = new ByteArrayOutputStream();
        ExemplarVectors.write(List.of("a kitten"), new float[][] {{1, 0}}, out);

        assertThat(ExemplarVectors.digest(List.of("a kitten"))).isNotEqualTo(ExemplarVectors.digest(List.of("a puppy")));
        assertThat(new ByteArrayInputStream(out.toByteArray()).readAllBytes()).hasSize(4 + 32 + 4 + 4 + 2 * 2);
        assertThat(ExemplarVectors.stored(List.of("a kitten"))).isEmpty();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
