package io.storyloom.ai.offline.illustrator;

import java.awt.Color;

/** How the scene feels: sets the faces and lightly warms or cools the landscape. */
enum Mood {
    HAPPY(0xffc98a, 0.05),
    EXCITED(0xffb060, 0.08),
    CALM(0xbcd8ff, 0.05),
    CURIOUS(0xfff0b0, 0.03),
    SAD(0x8aa0c8, 0.16),
    SCARED(0x54487a, 0.14),
    SLEEPY(0xa8a8e0, 0.08);

    private final Color grade;
    private final double gradeStrength;

    Mood(int grade, double gradeStrength) {
        this.grade = new Color(grade);
        this.gradeStrength = gradeStrength;
    }

    /** The explicit mood wins; the action only decides when the mood says nothing we know. */
    static Mood from(Keywords mood, Keywords action) {
        Mood m = match(mood);
        if (m == null) {
            m = match(action);
        }
        return m == null ? HAPPY : m;
    }

    private static Mood match(Keywords w) {
        if (w.has("scared", "afraid", "fear", "frighten", "nervous", "worried", "spooky", "anxious",
                "terrified", "shy")) {
            return SCARED;
        }
        if (w.has("sad", "lonely", "cry", "crying", "tears", "upset", "gloomy", "unhappy", "miss", "sorry",
                "disappoint", "grumpy", "lost")) {
            return SAD;
        }
        if (w.has("sleepy", "asleep", "sleep", "tired", "yawn", "dream", "bedtime")) {
            return SLEEPY;
        }
        if (w.has("excit", "thrill", "amaz", "wow", "celebrat", "hooray", "surprise", "party", "triumph",
                "proud", "brave", "adventur")) {
            return EXCITED;
        }
        if (w.has("calm", "peace", "quiet", "cozy", "cosy", "gentle", "relax", "serene", "soft", "tender",
                "warm", "content")) {
            return CALM;
        }
        if (w.has("curious", "wonder", "puzzl", "mysteri", "explor", "discover", "thoughtful", "inquisitive")) {
            return CURIOUS;
        }
        if (w.has("happy", "cheer", "joy", "glad", "fun", "delight", "playful", "smil", "laugh", "friendly")) {
            return HAPPY;
        }
        return null;
    }

    Color grade(Color c) {
        return Colors.mix(c, grade, gradeStrength);
    }
}
