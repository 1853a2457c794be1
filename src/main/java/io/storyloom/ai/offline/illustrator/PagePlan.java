package io.storyloom.ai.offline.illustrator;

import io.storyloom.ai.SceneSketch;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a book page shows, decided from the sketch and the seed before anything is painted: the place,
 * the light and the mood, how close the camera is, who stands where in which pose, which props lie
 * about and which one the child holds. {@link PageScene} paints it.
 *
 * @param words          every word of the setting, the action and the props, for the backdrop's details
 * @param childPx        the child's height in pixels, which sizes everyone and everything else
 * @param cast           where each character stands, back to front
 * @param looseProps     props on the ground or in the sky
 * @param held           the prop the child holds, or {@code null}
 * @param rainy          whether rain falls in front of everyone
 * @param backdropRandom the random numbers of the backdrop's details
 * @param propRandom     the random numbers of the props' spots
 */
record PagePlan(Terrain terrain, TimeOfDay time, Mood mood, Camera camera, SceneTints tints, Keywords words,
        double childPx, List<Placement> cast, List<PropItem> looseProps, PropItem held, boolean rainy,
        SplittableRandom backdropRandom, SplittableRandom propRandom) {

    private static final int MAX_PROPS = 6;

    /**
     * @param preview a style preview, which shows a child, a puppy and a balloon when the sketch has no one
     */
    static PagePlan of(SceneSketch sketch, long seed, boolean preview, double width, double height) {
        Keywords setting = Keywords.of(sketch.setting());
        Keywords action = Keywords.of(sketch.action());
        Keywords props = Keywords.of(sketch.props());
        Keywords everything = setting.and(action).and(props);
        TimeOfDay time = TimeOfDay.from(Keywords.of(sketch.timeOfDay()), setting.and(action));
        Mood mood = Mood.from(Keywords.of(sketch.mood()), action);
        Camera camera = Camera.from(Keywords.of(sketch.camera()));
        Terrain terrain = Terrain.from(setting, action.and(props));
        SceneTints tints = SceneTints.of(sketch.palette(), time, mood, terrain.indoor());
        // Each part draws from its own split, taken in this order, so one part's draws never move another's.
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom backdropRandom = random.split();

        List<Appearance> looks = cast(sketch, preview);
        Pose childPose = Pose.fromAction(action, random.nextLong());
        List<PropItem> looseProps = props(sketch, preview);
        PropItem held = looseProps.stream().filter(PropItem::held).findFirst().orElse(null);
        if (held != null && looks.stream().anyMatch(l -> l.species().isHuman())) {
            looseProps.remove(held);
            childPose = HeldProps.poseFor(held.kind(), childPose);
        } else {
            held = null;
        }
        double childPx = SceneLayout.childHeight(looks, camera, width, height);
        List<Placement> cast = SceneLayout.place(looks, childPose, camera, width, height, childPx, random.split());
        boolean rainy = Weather.rainy(everything) && !terrain.indoor() && terrain != Terrain.UNDERWATER;
        return new PagePlan(terrain, time, mood, camera, tints, everything, childPx, cast, looseProps, held, rainy,
                backdropRandom, random.split());
    }

    private static List<Appearance> cast(SceneSketch sketch, boolean preview) {
        List<Appearance> looks = Appearance.castOf(sketch);
        if (looks.isEmpty() && preview) {
            // A style preview needs something to show the style on: a child and a puppy.
            looks.add(Appearance.defaultChild());
            looks.add(Appearance.of(new SceneSketch.Character("Pip", "puppy", null, null, null, null, null, null)));
        }
        return looks;
    }

    private static List<PropItem> props(SceneSketch sketch, boolean preview) {
        List<PropItem> props = new ArrayList<>();
        if (preview && sketch.props().isEmpty() && sketch.characters().isEmpty()) {
            props.add(PropItem.of("balloon"));
        }
        for (String name : sketch.props()) {
            PropItem item = PropItem.of(name);
            // Only what the sketch names and we can draw: nothing unknown is drawn as something else.
            if (item != null && props.size() < MAX_PROPS && props.stream().noneMatch(p -> p.id().equals(item.id()))) {
                props.add(item);
            }
        }
        // A thing up a tree brings its own tree.
        if (props.stream().anyMatch(p -> p.spot() == PropItem.Spot.TREE)) {
            props.removeIf(p -> p.kind() == Prop.TREE && p.spot() != PropItem.Spot.TREE);
        }
        return props;
    }
}
