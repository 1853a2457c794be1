package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two classes weigh the same in training, each example keeping its weight relative to its own class. */
class ClassBalanceTest {

    record Example(boolean harmful, double weight) {
    }

    @Test
    void eachClassWeighsHalfTheTotalAndKeepsItsOwnProportions() {
        List<Example> examples = List.of(new Example(true, 1), new Example(true, 1), new Example(false, 1),
                new Example(false, 1), new Example(false, 1), new Example(false, 0.2), new Example(false, 0.2));

        double[] weights = ClassBalance.weights(examples, Example::harmful, Example::weight);

        double total = examples.stream().mapToDouble(Example::weight).sum(); // 5.4
        assertThat(weights[0] + weights[1]).isCloseTo(total / 2, within(1e-12));
        assertThat(Arrays.stream(weights, 2, 7).sum()).isCloseTo(total / 2, within(1e-12));
        assertThat(weights[5] / weights[2]).isCloseTo(0.2, within(1e-12));
        assertThat(weights[0]).isCloseTo(1.35, within(1e-12));
    }
}
