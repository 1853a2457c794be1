package io.storyloom.ai.offline.illustrator;

import java.awt.Color;

/** Parses the contract's {@code #rrggbb} colours and mixes colours; never throws on bad input. */
final class Colors {

    private Colors() {
    }

    /** {@code #rrggbb}, {@code rrggbb} or {@code #rgb}; anything else gives the fallback. */
    static Color parse(String hex, Color fallback) {
        if (hex == null) {
            return fallback;
        }
        String digits = hex.strip();
        if (digits.startsWith("#")) {
            digits = digits.substring(1);
        }
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        if (digits.length() != 6) {
            return fallback;
        }
        int rgb = 0;
        for (int i = 0; i < 6; i++) {
            int digit = Character.digit(digits.charAt(i), 16);
            if (digit < 0) {
                return fallback;
            }
            rgb = rgb * 16 + digit;
        }
        return new Color(rgb);
    }

    private static final java.util.Map<String, Color> NAMED = java.util.Map.ofEntries(
            java.util.Map.entry("red", new Color(0xe5534b)), java.util.Map.entry("orange", new Color(0xf39a3c)),
            java.util.Map.entry("yellow", new Color(0xf7d04a)), java.util.Map.entry("green", new Color(0x5fb865)),
            java.util.Map.entry("blue", new Color(0x4f8fe0)), java.util.Map.entry("purple", new Color(0x9b6bd3)),
            java.util.Map.entry("violet", new Color(0x9b6bd3)), java.util.Map.entry("pink", new Color(0xf58fb5)),
            java.util.Map.entry("brown", new Color(0xa0704a)), java.util.Map.entry("white", new Color(0xf8f6f2)),
            java.util.Map.entry("black", new Color(0x3a3640)), java.util.Map.entry("grey", new Color(0x9ea4ad)),
            java.util.Map.entry("gray", new Color(0x9ea4ad)), java.util.Map.entry("gold", new Color(0xf2c445)),
            java.util.Map.entry("golden", new Color(0xf2c445)), java.util.Map.entry("silver", new Color(0xc9d0d8)),
            java.util.Map.entry("teal", new Color(0x3fb0a8)), java.util.Map.entry("turquoise", new Color(0x4cc9c0)));

    /** The first plain colour word in the text ("a red ball"), or {@code null}. */
    static Color named(String text) {
        if (text == null) {
            return null;
        }
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            Color c = NAMED.get(word);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Linear mix: {@code t = 0} gives {@code a}, {@code t = 1} gives {@code b}; keeps {@code a}'s alpha. */
    static Color mix(Color a, Color b, double t) {
        double k = Math.clamp(t, 0.0, 1.0);
        return new Color(
                channel(a.getRed() + (b.getRed() - a.getRed()) * k),
                channel(a.getGreen() + (b.getGreen() - a.getGreen()) * k),
                channel(a.getBlue() + (b.getBlue() - a.getBlue()) * k),
                a.getAlpha());
    }

    static Color lighter(Color c, double t) {
        return mix(c, Color.WHITE, t);
    }

    /** Darkens towards a warm near-black, which reads softer than pure black in picture books. */
    static Color darker(Color c, double t) {
        return mix(c, new Color(0x2a, 0x1e, 0x24, c.getAlpha()), t);
    }

    static Color alpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), channel(alpha * 255));
    }

    /** Pushes saturation up ({@code amount > 0}) or down, keeping hue and brightness. */
    static Color saturate(Color c, double amount) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        float s = (float) Math.clamp(hsb[1] * (1 + amount), 0.0, 1.0);
        Color out = new Color(Color.HSBtoRGB(hsb[0], s, hsb[2]));
        return new Color(out.getRed(), out.getGreen(), out.getBlue(), c.getAlpha());
    }

    /** Relative brightness 0..1, good enough to pick contrasting details. */
    static double luminance(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
    }

    private static int channel(double v) {
        return (int) Math.round(Math.clamp(v, 0.0, 255.0));
    }
}
