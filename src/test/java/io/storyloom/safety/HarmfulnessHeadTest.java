package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The logistic-regression head: how it is fitted and read, and that the shipped one is whole. */
class HarmfulnessHeadTest {

    @Test
    void theFittedHeadSeparatesTwoClustersAndWeighsTheClassesEqually() {
        var random = new Random(7);
        List<HeadTraining.Example> examples = new ArrayList<>();
        // ten harmful points near +x, forty harmless ones near -x at a quarter of the weight each
        for (int i = 0; i < 50; i++) {
            boolean harmful = i < 10;
            float[] v = {(harmful ? 1 : -1) + (float) random.nextGaussian() * 0.3f, (float) random.nextGaussian() * 0.3f};
            examples.add(new HeadTraining.Example(v, harmful, harmful ? 1 : 0.25));
        }

        HarmfulnessHead head = HeadTraining.fit(examples, 0.1);

        assertThat(head.probability(new float[] {1, 0})).isGreaterThan(0.9);
        assertThat(head.probability(new float[] {-1, 0})).isLessThan(0.1);
        // equal class weights: halfway between the clusters is a coin toss, not pulled to the larger class
        assertThat(head.probability(new float[] {0, 0})).isBetween(0.3, 0.7);
    }

    @Test
    void theHeadIsReadFromItsBiasAndWeights() throws Exception {
        var head = HarmfulnessHead.parse(new BufferedReader(new StringReader("# comment\nbias=-1.5\nweights=2.0,0.5\n")));

        assertThat(head.bias()).isEqualTo(-1.5);
        assertThat(head.weights()).containsExactly(2.0f, 0.5f);
        assertThat(head.probability(new float[] {0.75f, 0})).isEqualTo(0.5);
    }

    @Test
    void theShippedHeadHasOneWeightPerEmbeddingDimensionRemakeItWithBenchSafetyTrainHead() {
        assertThat(HarmfulnessHead.load()).hasValueSatisfying(head -> assertThat(head.weights()).hasSize(384));
        assertThat(Calibration.load().headThreshold()).isBetween(0.5, 1.0);
    }

    @Test
    void theShippedHeadWasTrainedOnTheExemplarsIdeasAndStoryTextsAsTheyAreRemakeItWithBenchSafetyTrainHead()
            throws Exception {
        String digest = HeadTraining.inputDigest(ExemplarVectors.lines(Exemplars.load()),
                Path.of("bench/safety/ideas.tsv"), Path.of("bench/safety/story-texts.txt"));
        String header;
        try (var in = HarmfulnessHead.class.getClassLoader().getResourceAsStream(HarmfulnessHead.PATH)) {
            header = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains(" input ")).findFirst().orElseThrow();
        }
        assertThat(header).as("safety/head.txt is stale").endsWith(" input " + digest);
    }
}
