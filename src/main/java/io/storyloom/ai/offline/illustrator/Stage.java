package io.storyloom.ai.offline.illustrator;

import java.util.SplittableRandom;

/**
 * Everything a backdrop painter needs: page size, where the horizon is, the lighting and palette,
 * the words describing the place, and the page's own random numbers.
 *
 * @param unit one hundredth of the page height, the size unit of scenery
 */
record Stage(Brush brush, double width, double height, double horizon, TimeOfDay time, Mood mood,
             SceneTints tints, Keywords words, SplittableRandom random) {

    double unit() {
        return height / 100.0;
    }

    double between(double from, double to) {
        return from >= to ? from : random.nextDouble(from, to);
    }
}
