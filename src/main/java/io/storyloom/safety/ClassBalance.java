package io.storyloom.safety;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Training weights under which the harmful and the harmless examples weigh half the total each, whatever their
 * numbers: the many harmless story sentences must not outvote the harmful ideas. Shared by the head's and the
 * wording model's training.
 */
final class ClassBalance {

    private ClassBalance() {
    }

    /** Each example's own weight, scaled so that each class sums to half of all the weights. */
    static <T> double[] weights(List<T> examples, Predicate<T> harmful, ToDoubleFunction<T> weight) {
        double total = examples.stream().mapToDouble(weight).sum();
        double positives = examples.stream().filter(harmful).mapToDouble(weight).sum();
        double[] balanced = new double[examples.size()];
        for (int i = 0; i < balanced.length; i++) {
            T example = examples.get(i);
            balanced[i] = weight.applyAsDouble(example) * total
                    / (2 * (harmful.test(example) ? positives : total - positives));
        }
        return balanced;
    }
}
