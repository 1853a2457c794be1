package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.awt.geom.Line2D;

/** Rain, when the words ask for it: a grey sky without sun and streaks falling in front of everyone. */
final class Weather {

    private Weather() {
    }

    static boolean rainy(Keywords words) {
        return words.hasWord("rain", "rainy", "raining", "rained", "rainfall", "rainstorm", "raindrop", "storm",
                "stormy", "drizzle", "downpour", "shower", "thunder", "thunderstorm");
    }

    /** Overcast version of a sky colour. */
    static Color overcast(Color sky) {
        return Colors.mix(sky, new Color(0x9aa6b8), 0.55);
    }

    static void rain(Stage s) {
        double u = s.unit();
        Color drop = new Color(225, 235, 250, 150);
        for (int i = 0; i < 90; i++) {
            double x = s.random().nextDouble(-5 * u, s.width());
            double y = s.random().nextDouble(0, s.height());
            double len = u * s.between(2.5, 4.5);
            s.brush().line(new Line2D.Double(x, y, x + len * 0.3, y + len), drop, 1.1);
        }
    }
}
