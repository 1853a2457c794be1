package io.storyloom.ai.offline.illustrator;

import io.storyloom.ai.SceneSketch;
import java.awt.Color;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A book page: the place, then props, then the characters back to front, then whatever is in front of
 * them, and a light mood vignette. Everything comes from the sketch and the seed.
 */
final class PageScene {

    private static final int MAX_CHARACTERS = 6;
    private static final int MAX_PROPS = 5;

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
        Keywords setting = Keywords.of(sketch.setting());
        Keywords action = Keywords.of(sketch.action());
        Keywords props = Keywords.of(sketch.props());
        Keywords everything = setting.and(action).and(props);
        TimeOfDay time = TimeOfDay.from(Keywords.of(sketch.timeOfDay()), setting.and(action));
        Mood mood = Mood.from(Keywords.of(sketch.mood()), action);
        Camera camera = Camera.from(Keywords.of(sketch.camera()));
        Terrain terrain = Terrain.from(setting, action.and(props));
        SplittableRandom random = new SplittableRandom(seed);
        SceneTints tints = SceneTints.of(sketch.palette(), time, mood, terrain.indoor());
        Stage stage = new Stage(brush, width, height, height * camera.horizon(), time, mood, tints, everything,
                random.split());

        terrain.paintBack(stage);

        List<Appearance> looks = looks();
        Pose childPose = Pose.fromAction(action, random.nextLong());
        List<PropItem> propList = props();
        PropItem held = propList.stream().filter(p -> p.kind().held()).findFirst().orElse(null);
        if (held != null && looks.stream().anyMatch(l -> l.species().isHuman())) {
            propList.remove(held);
            childPose = HeldProps.poseFor(held.kind(), childPose);
        } else {
            held = null;
        }
        double childPx = SceneLayout.childHeight(looks, camera, width, height);
        List<Placement> cast = SceneLayout.place(looks, childPose, camera, width, height, childPx, random.split());

        Stage propStage = new Stage(brush, width, height, stage.horizon(), time, mood, tints, everything, random.split());
        paintLooseProps(propStage, propList, cast, childPx, camera);

        boolean heldDone = false;
        for (Placement p : cast) {
            Hands hands = CharacterPainter.paint(brush, p.look(), p.pose(), mood, p.x(), p.baseline(), childPx,
                    p.faceLeft(), p.tilt());
            if (held != null && !heldDone && p.look().species().isHuman()) {
                HeldProps.paint(propStage, held, hands, childPx * p.look().species().height(), 0);
                heldDone = true;
            }
        }
        terrain.paintFront(stage);
        if (Weather.rainy(everything) && !terrain.indoor() && terrain != Terrain.UNDERWATER) {
            Weather.rain(stage);
        }
        vignette(brush, width, height, mood, time);
    }

    private List<Appearance> looks() {
        List<Appearance> looks = new ArrayList<>();
        for (SceneSketch.Character c : sketch.characters()) {
            if (c != null && looks.size() < MAX_CHARACTERS) {
                looks.add(Appearance.of(c));
            }
        }
        if (looks.isEmpty() && preview) {
            // A style preview needs something to show the style on: a child and a puppy.
            looks.add(Appearance.defaultChild());
            looks.add(Appearance.of(new SceneSketch.Character("Pip", "puppy", null, null, null, null, null, null)));
        }
        return looks;
    }

    private List<PropItem> props() {
        List<PropItem> props = new ArrayList<>();
        if (preview && sketch.props().isEmpty() && sketch.characters().isEmpty()) {
            props.add(PropItem.of("balloon"));
        }
        for (String name : sketch.props()) {
            if (name != null && !name.isBlank() && props.size() < MAX_PROPS) {
                props.add(PropItem.of(name));
            }
        }
        return props;
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
            switch (prop.place()) {
                case SKY -> {
                    double size = prop == Prop.RAINBOW ? s.height() * 0.5 : childPx * 0.35;
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
                default -> {
                    double size = childPx * (prop == Prop.TREE ? 0.9 : prop == Prop.SNOWMAN ? 0.6 : 0.26);
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
