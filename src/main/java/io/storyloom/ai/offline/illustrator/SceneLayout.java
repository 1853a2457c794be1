package io.storyloom.ai.offline.illustrator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides where the characters stand: sized by the camera, shrunk to fit the page width, spread out
 * with a seeded order and jitter so each page is composed a little differently.
 */
final class SceneLayout {

    private SceneLayout() {
    }

    /** The child's height in pixels after fitting everyone across the page. */
    static double childHeight(List<Appearance> looks, Camera camera, double width, double height) {
        double childPx = height * camera.childHeight();
        double widthShare = 0;
        for (Appearance look : looks) {
            widthShare += look.species().width() + 0.12;
        }
        double usable = width * (camera == Camera.CLOSE_UP ? 0.96 : 0.88);
        if (widthShare * childPx > usable) {
            childPx = usable / widthShare;
        }
        return Math.max(childPx, 4);
    }

    /** Placements sorted back to front. */
    static List<Placement> place(List<Appearance> looks, Pose childPose, Camera camera, double width, double height,
                                 double childPx, SplittableRandom random) {
        int n = looks.size();
        List<Placement> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        // Rotate the order by the seed so the child is sometimes left, sometimes in the middle.
        int shift = random.nextInt(n);
        List<Appearance> order = new ArrayList<>(looks.subList(shift, n));
        order.addAll(looks.subList(0, shift));
        double gap = childPx * 0.12;
        double total = -gap;
        for (Appearance look : order) {
            total += look.species().width() * childPx + gap;
        }
        double slack = Math.max(0, width * 0.92 - total);
        double x = (width - total) / 2 + random.nextDouble(-slack / 2, slack / 2 + 1e-9);
        double childX = width / 2;
        double[] centres = new double[n];
        for (int i = 0; i < n; i++) {
            double w = order.get(i).species().width() * childPx;
            centres[i] = x + w / 2;
            x += w + gap;
            if (order.get(i).species() == Species.CHILD) {
                childX = centres[i];
            }
        }
        for (int i = 0; i < n; i++) {
            Appearance look = order.get(i);
            boolean isChild = look.species() == Species.CHILD;
            long poseSeed = random.nextLong();
            Pose pose = isChild || look.species() == Species.ADULT ? childPose : Pose.companion(childPose, poseSeed);
            double depth = random.nextDouble(-0.015, 0.02) * height;
            double baseline = height * camera.baseline() + depth;
            double tilt = isChild ? (pose == Pose.RUNNING ? 5 : 0) : random.nextDouble(-5, 5);
            boolean faceLeft = centres[i] > childX + 1 || (isChild && centres[i] > width / 2);
            out.add(new Placement(look, pose, centres[i], baseline, look.species().width() * childPx / 2,
                    faceLeft, tilt));
        }
        out.sort(Comparator.comparingDouble(Placement::baseline));
        return out;
    }
}
