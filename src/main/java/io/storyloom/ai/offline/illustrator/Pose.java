package io.storyloom.ai.offline.illustrator;

/** What a figure's body is doing; chosen from the action, otherwise varied by the page's seed. */
enum Pose {
    STANDING,
    WAVING,
    CHEERING,
    POINTING,
    JUMPING,
    RUNNING,
    SITTING;

    private static final Pose[] CASUAL = {STANDING, WAVING, POINTING, CHEERING, STANDING};

    static Pose fromAction(Keywords action, long seed) {
        if (action.has("jump", "hop", "leap", "bounc", "skip", "fly", "flying", "float")) {
            return JUMPING;
        }
        if (action.has("run", "running", "race", "chase", "hurry", "rush", "dash", "walk", "march", "explor")) {
            return RUNNING;
        }
        if (action.has("sit", "sitting", "sat", "rest", "read", "picnic", "sleep", "eat", "drink", "nap",
                "listen", "draw", "paint", "cuddl", "hug")) {
            return SITTING;
        }
        if (action.has("wave", "waving", "hello", "greet", "goodbye", "bye", "meet", "call")) {
            return WAVING;
        }
        if (action.has("point", "show", "look", "discover", "find", "found", "spot", "see", "notice", "watch")) {
            return POINTING;
        }
        if (action.has("cheer", "celebrat", "dance", "hooray", "yay", "win", "catch", "reach", "sing")) {
            return CHEERING;
        }
        return CASUAL[(int) Math.floorMod(seed, CASUAL.length)];
    }

    /** Poses for companions, which follow the child's mood but not its exact movement. */
    static Pose companion(Pose childPose, long seed) {
        if (childPose == JUMPING || childPose == SITTING) {
            return childPose;
        }
        Pose[] options = {STANDING, JUMPING, SITTING, WAVING, STANDING};
        return options[(int) Math.floorMod(seed, options.length)];
    }

    boolean raisesRightHand() {
        return this == WAVING || this == CHEERING || this == JUMPING;
    }
}
