package io.storyloom.ai.offline.illustrator;

import io.storyloom.ai.SceneSketch;
import java.awt.Color;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A book page, painted from its {@link PagePlan}: the place, then props, then the characters back to
 * front, then whatever is in front of them, and a light mood vignette.
 */
final class PageScene {

    private final SceneSketch sketch;
    private final long seed;
    private final boolean preview;

    /**
     * @param preview a style preview, which shows a default child when the sketch has no characters
     */
    PageScene(SceneSketch sketch, long seed, boolean preview) {
        this.sketch = sketch;
        this.seed = seed;
        this.preview = preview;
    }

    void paint(Brush brush, double width, double height) {
        PagePlan plan = PagePlan.of(sketch, seed, preview, width, height);
        Stage stage = new Stage(brush, width, height, height * plan.camera().horizon(), plan.time(), plan.mood(),
                plan.tints(), plan.words(), plan.backdropRandom());
        plan.terrain().paintBack(stage);

        Stage propStage = new Stage(brush, width, height, stage.horizon(), plan.time(), plan.mood(), plan.tints(),
                plan.words(), plan.propRandom());
        paintLooseProps(propStage, plan.looseProps(), plan.cast(), plan.childPx(), plan.camera());

        boolean heldDone = false;
        for (Placement p : plan.cast()) {
            Hands hands = CharacterPainter.paint(brush, p.look(), p.pose(), plan.mood(), p.x(), p.baseline(),
                    plan.childPx(), p.faceLeft(), p.tilt());
            if (plan.held() != null && !heldDone && p.look().species().isHuman()) {
                HeldProps.paint(propStage, plan.held(), hands, plan.childPx() * p.look().species().height(), 0);
                heldDone = true;
            }
        }
        plan.terrain().paintFront(stage);
        if (plan.rainy()) {
            Weather.rain(stage);
        }
        vignette(brush, width, height, plan.mood(), plan.time());
    }

    /** Sky props float above; ground props go into the widest gaps between the characters. */
    private static void paintLooseProps(Stage s, List<PropItem> props, List<Placement> cast, double childPx,
                                        Camera camera) {
        double groundY = s.height() * Math.min(camera.baseline(), 0.93);
        List<double[]> taken = new ArrayList<>();
        for (Placement p : cast) {
            taken.add(new double[] {p.x() - p.halfWidth(), p.x() + p.halfWidth()});
        }
        int slot = 1;
        for (PropItem item : props) {
            Prop prop = item.kind();
            switch (item.spot()) {
                case SKY -> {
                    double size = prop == Prop.RAINBOW ? s.height() * 0.5
                            : childPx * Math.clamp(item.size() * 0.8, 0.3, 0.8);
                    double x = s.width() * s.between(0.15, 0.85);
                    double bottom = prop == Prop.RAINBOW ? s.horizon() + s.unit() * 2
                            : s.height() * s.between(0.12, 0.3) + size;
                    if (prop == Prop.RAINBOW) {
                        size = Math.min(size, s.width() * 0.45);
                    }
                    PropPainter.paint(s, item, x, bottom, size, slot);
                }
                case FLAT -> PropPainter.paint(s, item, freeSpot(s, taken, childPx * 0.5), groundY + s.unit() * 2,
                        childPx * 0.6, slot);
                case TREE -> {
                    // The tree first, then the thing in its branches, where the page says it is.
                    double tree = Math.min(childPx * 1.5, groundY * 0.9);
                    double x = freeSpot(s, taken, tree * 0.35);
                    PropPainter.paint(s, PropItem.of("tree"), x, groundY, tree, slot);
                    double size = childPx * Math.clamp(item.size(), 0.16, 0.3);
                    PropPainter.paint(s, item, x + tree * 0.08, groundY - tree * 0.62 + size * 0.5, size, slot);
                }
                case BIG -> {
                    double size = Math.min(childPx * item.size(), groundY * 0.85);
                    double x = freeSpot(s, taken, size * 0.7);
                    PropPainter.paint(s, item, x, groundY + s.unit() * 1.5, size, slot);
                }
                default -> {
                    double size = childPx * Math.clamp(item.size(), 0.15, 0.7);
                    double x = freeSpot(s, taken, size * 0.6);
                    PropPainter.paint(s, item, x, groundY + s.unit() * s.between(-1, 3), size, slot);
                }
            }
            slot++;
        }
    }

    /** The middle of the widest free stretch of ground, which is then marked as taken. */
    private static double freeSpot(Stage s, List<double[]> taken, double halfWidth) {
        List<double[]> sorted = new ArrayList<>(taken);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        double bestX = s.width() * s.between(0.1, 0.9);
        double bestGap = -1;
        double left = s.width() * 0.04;
        for (int i = 0; i <= sorted.size(); i++) {
            double right = i < sorted.size() ? sorted.get(i)[0] : s.width() * 0.96;
            if (right - left > bestGap) {
                bestGap = right - left;
                bestX = (left + right) / 2;
            }
            if (i < sorted.size()) {
                left = Math.max(left, sorted.get(i)[1]);
            }
        }
        taken.add(new double[] {bestX - halfWidth, bestX + halfWidth});
        return bestX;
    }

    /** Darker corners for scary or night pages, so the mood reads even before the faces do. */
    private static void vignette(Brush b, double w, double h, Mood mood, TimeOfDay time) {
        int alpha = mood == Mood.SCARED ? 110 : mood == Mood.SAD ? 60 : time == TimeOfDay.NIGHT ? 70 : 0;
        if (alpha == 0) {
            return;
        }
        Color edge = mood == Mood.SCARED ? new Color(30, 20, 50, alpha) : new Color(20, 25, 60, alpha);
        float r = (float) (Math.hypot(w, h) * 0.62);
        b.graphics().setPaint(new RadialGradientPaint(new Point2D.Double(w / 2, h * 0.55), r,
                new float[] {0.55f, 1f}, new Color[] {Colors.alpha(edge, 0), edge}));
        b.graphics().fill(new Rectangle2D.Double(0, 0, w, h));
    }
}
