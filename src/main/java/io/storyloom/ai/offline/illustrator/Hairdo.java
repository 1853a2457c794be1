package io.storyloom.ai.offline.illustrator;

/** A person's hair style: from the description when it names one, otherwise fixed by the name. */
enum Hairdo {
    SHORT, LONG, PIGTAILS, CURLY, BUN;

    static Hairdo from(Keywords description, int variant) {
        if (description.has("pigtail", "bunches", "braid", "plait")) {
            return PIGTAILS;
        }
        if (description.has("curl", "afro", "frizz", "wavy")) {
            return CURLY;
        }
        if (description.has("bun", "topknot", "top knot", "updo")) {
            return BUN;
        }
        if (description.has("long hair", "long brown", "long black", "long blond", "long red", "long dark",
                "ponytail", "flowing")) {
            return LONG;
        }
        if (description.has("short hair", "short brown", "short black", "short blond", "short red", "crop",
                "buzz", "spiky", "messy")) {
            return SHORT;
        }
        return values()[Math.floorMod(variant, values().length)];
    }
}
