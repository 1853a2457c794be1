package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording model: its features, how it is fitted, written and read, and that the shipped one is current. */
class WordingModelTest {

    /** Ten examples need less freedom than ten thousand, and converge in a few hundred steps with it. */
    private static final double C = 2;

    private static List<WordingTraining.Example> examples() {
        List<WordingTraining.Example> examples = new ArrayList<>();
        for (String text : List.of("the wolf stabs the shepherd", "the bandit stabs the baker with a knife",
                "the pirate stabs the sailor", "a man stabs his neighbour")) {
            examples.add(new WordingTraining.Example(text, true, 1));
        }
        for (String text : List.of("the wolf sings to the shepherd", "the baker bakes bread with a smile",
                "the pirate shares his map with the sailor", "a man waves to his neighbour",
                "the rabbit plants carrots", "the girl paints the moon")) {
            examples.add(new WordingTraining.Example(text, false, 1));
        }
        return examples;
    }

    @Test
    void theFittedModelLearnsWhichWordsComeWithHarm() {
        var model = WordingTraining.fit(examples(), C);

        assertThat(model.probability("the giant stabs the farmer")).isGreaterThan(0.6);
        assertThat(model.probability("the giant sings to the farmer")).isLessThan(0.4);
        // a word no training text had counts for nothing, on either side
        assertThat(model.probability("the wolf stabs the shepherd zyxwvut"))
                .isEqualTo(model.probability("the wolf stabs the shepherd"));
    }

    @Test
    void letterSequencesCarryAWordAcrossItsEndings() {
        var model = WordingTraining.fit(examples(), C);

        // "stabbing" was never seen, but it shares " sta", "stab" with "stabs"
        assertThat(model.probability("the giant is stabbing the farmer"))
                .isGreaterThan(model.probability("the giant is hugging the farmer"));
    }

    @Test
    void theSameInputAlwaysGivesTheSameModelAndItReadsBackAsWritten() throws Exception {
        var first = WordingTraining.fit(examples(), C);
        var second = WordingTraining.fit(examples(), C);
        var bytes = new ByteArrayOutputStream();
        WordingTraining.write(first, "abc123", bytes);

        var read = WordingModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(second.weights()).isEqualTo(first.weights());
        assertThat(read.input()).isEqualTo("abc123");
        assertThat(read.weights()).isEqualTo(first.weights());
        assertThat(read.idf()).isEqualTo(first.idf());
        assertThat(read.probability("the pirate stabs the baker")).isEqualTo(first.probability("the pirate stabs the baker"));
    }

    @Test
    void theShippedModelWasTrainedOnTheIdeasExemplarsAndStoryTextsAsTheyAreRemakeItWithBenchSafetyTrainWording()
            throws Exception {
        var shipped = WordingModel.load();
        String digest = WordingTraining.inputDigest(WordingTraining.examples(Path.of("bench/safety/ideas.tsv"),
                Path.of("bench/safety/training-ideas.tsv"), Path.of("bench/safety/story-texts.txt")));

        assertThat(shipped).hasValueSatisfying(model -> assertThat(model.input())
                .as("safety/wording.bin.gz is stale").isEqualTo(digest));
        assertThat(Calibration.load().wordingThreshold()).isBetween(0.5, 1.0);
        assertThat(Calibration.load().wordingVeto()).isBetween(0.0, 0.5);
    }
}
