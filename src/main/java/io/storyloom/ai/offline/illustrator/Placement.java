package io.storyloom.ai.offline.illustrator;

/**
 * Where one character stands on a page and how it holds itself.
 *
 * @param x        the centre of its feet, in page pixels
 * @param baseline the ground under it, in page pixels
 * @param halfWidth half the room it takes, in page pixels
 */
record Placement(Appearance look, Pose pose, double x, double baseline, double halfWidth, boolean faceLeft,
        double tilt) {
}
