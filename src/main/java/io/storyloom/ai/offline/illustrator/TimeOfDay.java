package io.storyloom.ai.offline.illustrator;

import java.awt.Color;

/** When the scene happens: sets the sky and how the landscape is lit. */
enum TimeOfDay {
    MORNING(0x9fd4f2, 0xffe4c8, 0xffe6b0, 0.10),
    DAY(0x6cb7ea, 0xd4f0fb, 0xffffff, 0.0),
    SUNSET(0x6a5fa8, 0xffb27a, 0xff9a6a, 0.16),
    NIGHT(0x15214a, 0x40558f, 0x1d2a5a, 0.42);

    private final Color skyTop;
    private final Color skyBottom;
    private final Color light;
    private final double lightStrength;

    TimeOfDay(int skyTop, int skyBottom, int light, double lightStrength) {
        this.skyTop = new Color(skyTop);
        this.skyBottom = new Color(skyBottom);
        this.light = new Color(light);
        this.lightStrength = lightStrength;
    }

    static TimeOfDay from(Keywords time, Keywords scene) {
        TimeOfDay explicit = match(time);
        if (explicit != null) {
            return explicit;
        }
        TimeOfDay implied = match(scene);
        return implied == null ? DAY : implied;
    }

    private static TimeOfDay match(Keywords words) {
        if (words.has("night", "midnight", "bedtime", "moonlight", "moonlit", "dark", "starry", "sleep")) {
            return NIGHT;
        }
        if (words.has("sunset", "evening", "dusk", "twilight", "golden hour", "sundown")) {
            return SUNSET;
        }
        if (words.has("morning", "dawn", "sunrise", "breakfast", "early")) {
            return MORNING;
        }
        if (words.has("day", "noon", "midday", "afternoon", "daytime", "sunny", "lunch")) {
            return DAY;
        }
        return null;
    }

    Color skyTop() {
        return skyTop;
    }

    Color skyBottom() {
        return skyBottom;
    }

    /** Lights a landscape colour for this time: night turns it blue and dim, sunset warms it. */
    Color light(Color c, double scale) {
        return Colors.mix(c, light, lightStrength * scale);
    }
}
