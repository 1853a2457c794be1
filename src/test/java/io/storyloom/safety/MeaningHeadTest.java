package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meaning head on e5-small-v2: that the shipped one is whole, current and reads meaning the right way round. */
class MeaningHeadTest {

    @Test
    void theShippedHeadHasOneWeightPerE5DimensionAndItsCutOffsAreSet() {
        assertThat(HarmfulnessHead.load(MeaningHead.PATH))
                .hasValueSatisfying(head -> assertThat(head.weights()).hasSize(384));
        assertThat(Calibration.load().meaningThreshold()).isBetween(0.5, 1.0);
        assertThat(Calibration.load().meaningVeto()).isBetween(0.0, 0.5);
    }

    @Test
    void theShippedHeadWasTrainedOnTheIdeasAsTheyAreRemakeItWithBenchSafetyTrainMeaningHead() throws Exception {
        String digest = MeaningHeadTraining.inputDigest(Path.of("bench/safety/ideas.tsv"),
                Path.of("bench/safety/training-ideas.tsv"), Path.of("bench/safety/story-texts.txt"));
        String header;
        try (var in = MeaningHead.class.getClassLoader().getResourceAsStream(MeaningHead.PATH)) {
            header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains(" input ")).findFirst().orElseThrow();
        }
        assertThat(header).as("safety/meaning-head.txt is stale").endsWith(" input " + digest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the boys tie firecrackers to the cat's tail and laugh as it runs. | the boys tie ribbons to the kite's tail and laugh as it flies.
            the babysitter tells him it is their special secret and he must never tell mum. | the babysitter tells him the surprise party is their special secret until saturday.
            grandpa lets the kids take turns sipping his whisky until they feel dizzy. | grandpa lets the kids take turns sipping his hot cocoa by the fire.
            """)
    void itGivesAHarmfulSentenceClearlyHigherOddsThanItsGentleTwin(String harmful, String gentle) {
        var head = MeaningHead.load().orElseThrow();

        double harm = head.probability(harmful);

        // not a verdict on its own: weighed with the wording model's probability (SemanticClassifier.decide)
        assertThat(harm).isGreaterThan(0.65).isGreaterThan(head.probability(gentle) + 0.25);
    }
}
